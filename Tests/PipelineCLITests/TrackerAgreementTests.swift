import Foundation
import Testing
@testable import PipelineCLI

/// `runs compare` and the replay tracker show the same values for the same runs.
@Suite struct TrackerAgreementTests {
    /// The pipeline ExactTrackerTests uses too: training, then an evaluation `do_eval` can skip.
    static let optionalEvaluation = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PipelineKitTests/Fixtures/Pipelines/optional-eval.yaml")

    @Test func runsCompareAndTheReplayTrackerAgree() throws {
        let folder = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.optionalEvaluation, to: folder.appendingPathComponent("optional-eval.yaml"))
        let env = ["PIPELINE_RUNS_DIR": folder.appendingPathComponent("runs").path]
        let replay = CLIHarness.run(["replay", "optional-eval.yaml", "--run", "learning_rate=0.05", "--run", "learning_rate=0.2 do_eval=false",
                                     "--format", "json"], environment: env, directory: folder.path)
        #expect(replay.status == 0)
        let session = try #require(try JSONSerialization.jsonObject(with: Data(replay.out.utf8)) as? [String: Any])
        let tracker = try #require((session["tracker"] as? [String: Any])?["rows"] as? [[String: Any]])
        let list = CLIHarness.run(["runs", "list", "--format", "json"], environment: env, directory: folder.path)
        let runs = try #require(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
        let ids = runs.compactMap { $0["id"] as? String }.reversed()
        #expect(ids.count == 2)
        let compare = CLIHarness.run(["runs", "compare"] + ids + ["--format", "json"], environment: env, directory: folder.path)
        let comparison = try #require(try JSONSerialization.jsonObject(with: Data(compare.out.utf8)) as? [String: Any])
        let compared = try #require(comparison["rows"] as? [[String: Any]])
        var checked = 0
        for row in tracker {
            let name = try #require(row["variable"] as? String)
            let values = try #require(row["values"] as? [String])
            let other = try #require(compared.first { $0["variable"] as? String == name }?["values"] as? [String], "\(name) missing in runs compare")
            #expect(Array(values[1...2]) == other, "\(name): replay \(values) vs compare \(other)")
            checked += 1
        }
        #expect(checked >= 4)
        #expect(compared.contains { $0["variable"] as? String == "validation_loss" && ($0["values"] as? [String])?.last == "skipped" })
    }
}
