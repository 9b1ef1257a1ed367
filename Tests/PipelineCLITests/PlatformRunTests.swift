import Foundation
import Testing
@testable import PipelineCLI

/// `platform` shows every model: outputs are named per model in the report, the tracker and
/// JSON; the model registry is kept in the runs folder, so a second run registers v2; a rerun
/// starts from the registry its run found; deployment serves the alias `@champion`.
@Suite struct PlatformRunTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func outputs(_ text: String) throws -> [String: String] {
        let document = try json(text)
        if let object = document["outputs"] as? [String: String] { return object }
        let list = try #require(document["outputs"] as? [[String: Any]])
        return Dictionary(list.compactMap { entry in (entry["name"] as? String).map { ($0, "\(entry["value"] ?? "")") } }, uniquingKeysWith: { $1 })
    }

    @Test func aSecondRunInTheSameRunsFolderRegistersVersionTwo() throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let runs = ["--runs-dir", directory.appendingPathComponent("runs").path]
        let first = CLIHarness.run(["run", "platform", "--format", "json"] + runs)
        #expect(first.status == 0, "\(first.err)")
        let firstOutputs = try Self.outputs(first.out)
        #expect(firstOutputs["churn.model_version"] == "v1" && firstOutputs["demand.model_version"] == "v1")
        #expect(firstOutputs["churn.final_loss"] != nil && firstOutputs["demand.final_loss"] != nil, "\(firstOutputs.keys.sorted())")
        #expect(firstOutputs["final_loss"] == nil, "no model's value hides another's")
        let second = CLIHarness.run(["run", "platform"] + runs, width: 200)
        #expect(second.status == 0, "\(second.err)")
        #expect(second.out.contains("registered 'churn' as version 2 in the model registry; @champion now names v2"))
        #expect(second.out.contains("now serving 'demand' v2 from the model registry"))
        #expect(second.out.contains("churn v2 (@champion v2); demand v2 (@champion v2)"))
        // The registry file is the platform's state, not a run record.
        let list = CLIHarness.run(["runs", "list"] + runs, width: 200)
        #expect(list.err.isEmpty, "\(list.err)")
        // A rerun of the second run starts from the registry it found (v1 registered), so it is reproducible.
        let records = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("runs").path)
            .filter { $0.hasSuffix(".json") && $0 != "registry.json" }.sorted()
        #expect(records.count == 2)
        let secondID = String(try #require(records.last).dropLast(".json".count))
        let rerun = CLIHarness.run(["rerun", secondID, "--no-record"] + runs, width: 200)
        #expect(rerun.out.contains("the run is reproducible"), "\(rerun.out)\n\(rerun.err)")
        // Without a record nothing is kept: a fresh registry, v1 again.
        let unrecorded = CLIHarness.run(["run", "platform", "--format", "json", "--no-record"] + runs)
        #expect(try Self.outputs(unrecorded.out)["churn.model_version"] == "v1")
    }

    @Test func theTrackerShowsEveryModel() throws {
        let replay = CLIHarness.run(["replay", "platform", "--format", "json"])
        #expect(replay.status == 0, "\(replay.err)")
        let tracker = try #require(try Self.json(replay.out)["tracker"] as? [String: Any])
        let variables = try #require(tracker["rows"] as? [[String: Any]]).compactMap { $0["variable"] as? String }
        for name in ["churn.final_loss", "demand.final_loss", "churn.model_version", "demand.model_version", "churn.served_version", "demand.served_version"] {
            #expect(variables.contains(name), "\(name) missing from \(variables)")
        }
    }

    @Test func aModelThatFailsEvaluationLeavesTheChampionServed() {
        let replay = CLIHarness.run(["replay", "platform", "--no-pause", "--run", "learning_rate=0.02",
                                     "--run", "learning_rate=0.02 max_validation_loss=0.01"], width: 300)
        #expect(replay.status == 0, "\(replay.err)")
        #expect(replay.out.contains("did not register 'churn': it failed evaluation (@champion stays on v1)"))
        #expect(replay.out.components(separatedBy: "now serving 'churn' v1 from the model registry").count == 3, "both runs serve v1")
    }
}
