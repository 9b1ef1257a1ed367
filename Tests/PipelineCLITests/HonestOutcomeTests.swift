import Foundation
import Testing
@testable import PipelineCLI

/// Failure never looks like success: divergence, interrupted sweeps, ties, one error per mistake.
@Suite struct HonestOutcomeTests {
    /// A pipeline of one's own: load, train, evaluate, on a dataset none of the examples use.
    static let own = """
    pipeline:
      description: My own pipeline, on sales data.
      parameters:
        - name: learning_rate
          type: float
      steps:
        - load:
            run: load_data.py
            args: --data data/sales.csv
        - train:
            run: train.py
            args: --lr ${{ parameters.learning_rate }}
        - evaluate:
            run: evaluate.py
    """

    @Test func aDivergedRunOfOnesOwnPipelineFailsWithStatusDiverged() throws {
        let folder = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.own.utf8).write(to: folder.appendingPathComponent("own.yaml"))
        let text = CLIHarness.run(["run", "own.yaml", "--param", "learning_rate=1", "--no-record"], directory: folder.path)
        #expect(text.status == 1)
        #expect(text.out.contains("✗ diverged: training diverged at epoch"))
        #expect(text.out.contains("Run diverged at step 'train'"))
        #expect(!text.out.contains("✓ trained"))
        #expect(!text.out.contains("Run succeeded"))
        let json = CLIHarness.run(["run", "own.yaml", "--param", "learning_rate=1", "--no-record", "--format", "json"], directory: folder.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "diverged")
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.map { $0["status"] as? String } == ["succeeded", "diverged", "not_run"])
        let fine = CLIHarness.run(["run", "own.yaml", "--param", "learning_rate=0.1", "--no-record"], directory: folder.path)
        #expect(fine.status == 0)
    }

    @Test func aSweepRanksDivergedRunsLastAndExits1() {
        let sweep = CLIHarness.run(["sweep", "train-lr", "--param", "learning_rate=5,0.01,0.1", "--no-record"])
        #expect(sweep.status == 1)
        let rows = sweep.out.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.contains("Rank") }
        #expect(rows.last?.contains("diverged") == true, "\(sweep.out)")
        #expect(sweep.out.contains("Best: learning_rate=0.1"))
        #expect(sweep.out.contains("Diverged: learning_rate=5."))
    }

    @Test func aFixedValueIsNotADimensionAndATieIsNotStarred() {
        let sweep = CLIHarness.run(["sweep", "three-steps", "--param", "learning_rate=0.1,0.1", "--param", "batch_size=32", "--no-record"])
        #expect(sweep.status == 0)
        #expect(sweep.out.contains("Sweep of three-steps: 2 runs; batch_size=32 in every run."), "\(sweep.out)")
        #expect(!sweep.out.contains("1 × 2"))
        #expect(!sweep.out.contains("★"))
        #expect(sweep.out.contains("No single best"))
        #expect(!sweep.out.contains("Best:"))
    }

    @Test func anInterruptedSweepShowsWhatFinishedAndNamesNoBest() {
        let out = BufferSink()
        let err = InterruptingSink()
        let terminal = Terminal(out: out, err: err, stderrIsTerminal: true, width: 100, currentDirectory: FileManager.default.temporaryDirectory.path)
        err.interruption = terminal.interruption
        let status = PipelineCLI.run(arguments: ["sweep", "train-lr", "--param", "learning_rate=0.01,0.02,0.05,0.1", "--no-record"],
                                     terminal: terminal)
        #expect(status == ExitCode.interrupted)
        #expect(out.text.contains("Interrupted after 1 of 4 runs"), "\(out.text)")
        #expect(!out.text.contains("Best"))
        #expect(!out.text.contains("★"))
        #expect(!out.text.contains("0.05"), "runs that never started are not shown")
    }

    @Test func aDryRunShowsTheDescription() {
        let dry = CLIHarness.run(["run", "three-steps", "--dry-run"])
        #expect(dry.out.contains("Load data, train with two hyperparameters, evaluate."))
    }

    @Test func oneMistakeGivesOneError() {
        let outcome = CLIHarness.run(["run", "train-lr", "--param", "learning_rate=abc"])
        #expect(outcome.status == 2)
        #expect(outcome.err.components(separatedBy: "error:").count == 2, "\(outcome.err)")
        #expect(outcome.err.contains("expects a float"))
        #expect(!outcome.err.contains("has no value"))
    }
}

/// Standard error that presses Ctrl-C as soon as the sweep reports its first finished run.
final class InterruptingSink: TextSink, @unchecked Sendable {
    var interruption: Interruption?
    private let buffer = BufferSink()

    func write(_ text: String) {
        buffer.write(text)
        if text.hasPrefix(ANSI.clearLine + "1/") { interruption?.raise() }
    }
}
