import Foundation
import Testing
@testable import PipelineCLI

/// Replay says where its runs come from: the values given, or the announced example session.
@Suite struct ReplayValuesTests {
    @Test func paramWithoutRunMakesOneRunWithThatValue() throws {
        let replay = CLIHarness.run(["replay", "train-lr", "--param", "learning_rate=0.05", "--no-record", "--format", "json"])
        #expect(replay.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(replay.out.utf8)) as? [String: Any])
        let tracker = try #require(json["tracker"] as? [String: Any])
        #expect(tracker["columns"] as? [String] == ["Start", "After Run 1", "Final"])
        let rows = try #require(tracker["rows"] as? [[String: Any]])
        #expect(rows.first?["values"] as? [String] == ["undefined", "0.05", "0.05"])
        #expect(!replay.err.contains("example session"), "values were given: no example session")
    }

    @Test func aNameInBothParamAndRunIsRefused() {
        let replay = CLIHarness.run(["replay", "train-lr", "--param", "learning_rate=0.05", "--run", "learning_rate=0.1", "--no-record"])
        #expect(replay.status == 2)
        #expect(replay.err.contains("'learning_rate' is given both by --param and by --run"))
        #expect(replay.out.isEmpty)
    }

    @Test func paramIsAddedToEveryRun() throws {
        let replay = CLIHarness.run(["replay", "three-steps", "--param", "epochs=3", "--run", "learning_rate=0.01", "--run", "learning_rate=0.1",
                                     "--no-record", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(replay.out.utf8)) as? [String: Any])
        let rows = try #require((json["tracker"] as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows.first { $0["variable"] as? String == "epochs" }?["values"] as? [String] == ["undefined", "3", "3", "3"])
    }

    @Test func theExampleSessionIsAnnouncedBeforeItPlays() {
        let replay = CLIHarness.run(["replay", "three-steps", "--no-record"])
        #expect(replay.out.replacingOccurrences(of: "\n  ", with: " ").hasPrefix("Playing the example session of three-steps: learning_rate=0.02, then 0.2; pass --run to choose your own.\n"))
        let seed = CLIHarness.run(["replay", "--no-record"])
        #expect(seed.out.contains("learning_rate=0.01, then 0.1"))
        #expect(!seed.out.lowercased().contains("seed 00"))
    }
}
