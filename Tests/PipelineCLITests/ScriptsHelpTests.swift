import Foundation
import Testing
@testable import PipelineCLI
@testable import PipelineKit

/// `pipeline help scripts` prints every contract within the terminal's width, and a pipeline
/// that breaks a contract is refused with the place, the option meant and exit status 2.
@Suite struct ScriptsHelpTests {
    @Test func everyContractIsPrintedWithinEightyColumns() {
        let outcome = CLIHarness.run(["help", "scripts"], width: 80)
        #expect(outcome.status == 0)
        for contract in ScriptContract.all {
            #expect(outcome.out.contains(contract.name), "\(contract.name) missing")
            for option in contract.options where !contract.isForBenchmarks {
                #expect(outcome.out.contains("\(option.name) \(option.placeholder)"), "\(contract.name) \(option.name) missing")
            }
            for output in contract.outputs where !contract.isForBenchmarks {
                #expect(outcome.out.contains(output.name), "\(contract.name) output \(output.name) missing")
            }
        }
        #expect(outcome.out.contains("simulated: false"))
        let long = outcome.out.split(separator: "\n").filter { TextWidth.of(String($0)) > 80 }
        #expect(long.isEmpty, "\(long)")
    }

    @Test func aBrokenContractIsRefusedWithItsPlace() throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = """
            pipeline:
              parameters:
                - {name: lr, type: float, default: 0.1}
              steps:
                - train_model:
                    run: train.py
                    args: --learning-rate ${{ parameters.lr }} --epoch 5

            """
        try text.write(to: directory.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        let outcome = CLIHarness.run(["run", "p.yaml", "--no-record"], directory: directory.path)
        #expect(outcome.status == 2)
        #expect(outcome.out.isEmpty)
        #expect(outcome.err.contains("p.yaml:7:15: error: train.py has no option --learning-rate"))
        #expect(outcome.err.contains("hint: did you mean '--lr'? train.py takes --lr, --epochs"))
        #expect(outcome.err.contains("(pipeline help scripts)"))
        #expect(outcome.err.contains("p.yaml:7:52: error: train.py has no option --epoch"))
        #expect(outcome.err.contains("2 errors found"))
    }

    @Test func anUnusedParameterIsWarnedAndTheRunGoesOn() throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "pipeline:\n  parameters:\n    - {name: lr, type: float, default: 0.1}\n    - {name: epochs, type: int, default: 5}\n"
            + "  steps:\n    - train_model: {run: train.py, args: '--lr ${{ parameters.lr }}'}\n"
        try text.write(to: directory.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        let outcome = CLIHarness.run(["run", "p.yaml", "--no-record"], directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.err.contains("p.yaml:4:14: warning: parameter 'epochs' is declared, but no step's args or when: uses it"))
        #expect(outcome.out.contains("train.py receives --lr 0.1 (script defaults: --epochs 10, --batch-size 32, --seed 7)"))
    }
}
