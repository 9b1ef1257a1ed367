import Foundation
import Testing
@testable import PipelineCLI

@Suite struct InitCommandTests {
    @Test func theSeedsCommandRunsThePipelineYAMLThatInitWrote() throws {
        let folder = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = CLIHarness.run(["run", "--param", "learning_rate=0.01", "--no-record"], directory: folder.path)
        #expect(before.status == 2)
        #expect(before.err.contains("there is no pipeline.yaml in \(folder.path)"))
        #expect(before.err.contains("pipeline init"))

        let initialized = CLIHarness.run(["init"], directory: folder.path)
        #expect(initialized.status == 0)
        #expect(initialized.out.contains("pipeline run --param learning_rate=0.01"))
        let run = CLIHarness.run(["run", "--param", "learning_rate=0.01", "--no-record"], directory: folder.path)
        #expect(run.status == 0)
        #expect(run.out.contains("train.py receives --lr 0.01"))
        #expect(run.out.contains("Run succeeded"))
    }

    @Test func initNeverOverwritesAFile() throws {
        let folder = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipeline.yaml")
        try Data("mine\n".utf8).write(to: path)
        let again = CLIHarness.run(["init", "three-steps"], directory: folder.path)
        #expect(again.status == 2)
        #expect(again.err.contains("pipeline.yaml already exists"))
        #expect(try String(contentsOf: path, encoding: .utf8) == "mine\n")
    }

    @Test func anUnknownExampleSuggestsTheClosest() throws {
        let folder = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = CLIHarness.run(["init", "three-step"], directory: folder.path)
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("did you mean 'three-steps'?"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pipeline.yaml").path))
    }
}
