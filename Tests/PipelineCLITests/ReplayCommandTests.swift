import Foundation
import Testing
@testable import PipelineCLI

@Suite struct ReplayCommandTests {
    @Test func seedSessionAsJSON() throws {
        let outcome = CLIHarness.run(["replay", "train-lr", "--run", "learning_rate=0.01", "--run", "learning_rate=0.1", "--format", "json", "--no-record"])
        #expect(outcome.status == 0, "\(outcome.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == 9)
        #expect(rows.map { $0["step"] as? Int } == Array(1...9))
        #expect(rows[6]["value"] as? String == "0.1")
        #expect(rows[6]["effect"] as? String == "train.py receives --lr 0.1 (script defaults: --epochs 10, --batch-size 32, --seed 7)")
        let tracker = try #require(json["tracker"] as? [String: Any])
        #expect(tracker["columns"] as? [String] == ["Start", "After Run 1", "After Run 2", "Final"])
        let first = try #require((tracker["rows"] as? [[String: Any]])?.first)
        #expect(first["variable"] as? String == "learning_rate")
        #expect(first["values"] as? [String] == ["undefined", "0.01", "0.1", "0.1"])
    }

    @Test func noArgumentsReplaysTheSeedSession() {
        let outcome = CLIHarness.run(["replay", "--no-record"], width: 200)
        #expect(outcome.status == 0)
        #expect(outcome.out.contains("Pipeline triggered again"))
        #expect(outcome.out.contains("train.py receives --lr 0.1"))
    }

    @Test func interactiveStepsFollowTypedKeys() {
        let outcome = CLIHarness.run(["replay", "--no-record"], input: ["", "", "b", "g 7", "t", "q"], interactive: true,
                                     environment: ["NO_COLOR": "1"])
        #expect(outcome.status == 0)
        #expect(outcome.out.contains("Step 1 of 9"))
        #expect(outcome.out.contains("Step 3 of 9"))
        #expect(outcome.out.contains("Step 7 of 9"))
        #expect(outcome.out.contains("now: learning_rate = 0.1"))
        #expect(outcome.out.contains("Variable tracker after 1 run"))
        #expect(outcome.out.contains("Run 2 is under way; at this step: learning_rate = 0.1"))
        #expect(outcome.out.contains("Stopped at step 7 of 9"))
    }

    @Test func pipedOrNoPausePrintsEverythingAtOnce() {
        let outcome = CLIHarness.run(["replay", "--no-record", "--no-pause"], interactive: true)
        #expect(outcome.out.contains("Variable tracker"))
        #expect(!outcome.out.contains("Step 1 of 9"))
    }

    @Test func everyRunIsValidatedBeforeAnyRuns() {
        let outcome = CLIHarness.run(["replay", "three-steps", "--run", "epochs=0", "--run", "batch_size=7", "--no-record"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("run 1: parameter 'epochs' is 0"))
        #expect(outcome.err.contains("run 2: parameter 'batch_size' is 7"))
        #expect(outcome.out.isEmpty)
    }

    @Test(arguments: ["markdown", "csv", "html"])
    func otherFormatsRender(_ format: String) {
        let outcome = CLIHarness.run(["replay", "--format", format, "--no-record"])
        #expect(outcome.status == 0)
        #expect(outcome.out.contains("Pipeline triggered again"))
    }
}

@Suite struct RunHistoryCommandTests {
    func runsDir() throws -> String {
        try CLIHarness.temporaryDirectory().path
    }

    @Test func recordsListShowCompareAndRerun() throws {
        let dir = try runsDir()
        let env = ["PIPELINE_RUNS_DIR": dir]
        #expect(CLIHarness.run(["run", "train-lr", "--param", "learning_rate=0.01"], environment: env).status == 0)
        #expect(CLIHarness.run(["run", "train-lr", "--param", "learning_rate=0.1"], environment: env).status == 0)
        let list = CLIHarness.run(["runs", "list", "--format", "json"], environment: env)
        let runs = try #require(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: String]])
        #expect(runs.count == 2)
        let newest = try #require(runs.first?["id"])
        let oldest = try #require(runs.last?["id"])
        #expect(runs.first?["parameters"] == "learning_rate=0.1")

        let show = CLIHarness.run(["runs", "show", newest], environment: env)
        #expect(show.out.contains("train.py receives --lr 0.1"))

        let compare = CLIHarness.run(["runs", "compare", oldest, newest], environment: env)
        #expect(compare.out.contains("learning_rate differs: 0.01 (command line) in \(oldest); 0.1 (command line) in \(newest)"))

        let rerun = CLIHarness.run(["rerun", oldest], environment: env)
        #expect(rerun.status == 0)
        #expect(rerun.out.contains("Same inputs and same outputs as run \(oldest): the run is reproducible."))
    }

    @Test func rerunNeedsTheSecretAgain() throws {
        let env = ["PIPELINE_RUNS_DIR": try runsDir()]
        let run = CLIHarness.run(["run", "secrets-env", "--param", "api_key=abcdefgh123", "--param", "data_path=d.csv", "--format", "json"], environment: env)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let id = try #require(json["run_id"] as? String)
        let missing = CLIHarness.run(["rerun", id], environment: env)
        #expect(missing.status == 2)
        #expect(missing.err.contains("used the secret 'api_key', whose value is never recorded"))
        #expect(CLIHarness.run(["rerun", id, "--param", "api_key=abcdefgh123"], environment: env).status == 0)
    }

    @Test func sweepRanksAndMarksTheBest() throws {
        let env = ["PIPELINE_RUNS_DIR": try runsDir()]
        let dry = CLIHarness.run(["sweep", "three-steps", "--param", "learning_rate=0.001,0.01,0.1", "--param", "batch_size=16,32", "--dry-run"], environment: env)
        #expect(dry.status == 0)
        #expect(dry.out.contains("3 × 2 = 6 runs"))
        #expect(CLIHarness.run(["runs", "list", "--format", "json"], environment: env).out == "[]\n")
        let sweep = CLIHarness.run(["sweep", "train-lr", "--param", "learning_rate=0.01,0.1,5", "--format", "json"], environment: env)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sweep.out.utf8)) as? [String: Any])
        let runs = try #require(json["runs"] as? [[String: Any]])
        #expect(runs.count == 3)
        #expect(runs.first?["best"] as? Bool == true)
        #expect((runs.first?["parameters"] as? [String: String])?["learning_rate"] == "0.1")
        #expect(runs.last?["status"] as? String == "diverged")
        #expect((runs.last?["outputs"] as? [String: String])?["final_loss"] == nil, "a diverged run has no final loss")
    }

    @Test func badSweepValuesRunNothing() throws {
        let env = ["PIPELINE_RUNS_DIR": try runsDir()]
        let outcome = CLIHarness.run(["sweep", "three-steps", "--param", "batch_size=16,33"], environment: env)
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("run 2: parameter 'batch_size' is 33"))
        #expect(CLIHarness.run(["runs", "list", "--format", "json"], environment: env).out == "[]\n")
    }
}
