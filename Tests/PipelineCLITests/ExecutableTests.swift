import Foundation
import Testing

/// End-to-end: the built binary, as a user runs it.
@Suite struct ExecutableTests {
    @Test func theBinaryRunsAloneInAnEmptyDirectory() throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("pipeline")
        try FileManager.default.copyItem(at: CLIHarness.executable, to: copy)
        let outcome = try CLIHarness.exec(["run", "train-lr", "--param", "learning_rate=0.01"], directory: directory, executable: copy)
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains("final_loss"))
    }

    @Test func badInputExits2WithoutAStackTrace() throws {
        let outcome = try CLIHarness.exec(["run", "train-lr", "--param", "learning_rate=0.01", "--param", "epochs"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("epochs"))
        #expect(!outcome.err.contains("Fatal error"))
    }

    @Test func versionAndHelp() throws {
        #expect(try CLIHarness.exec(["--version"]).out.hasPrefix("pipeline "))
        #expect(try CLIHarness.exec(["--help"]).out.contains("COMMANDS"))
    }
}
