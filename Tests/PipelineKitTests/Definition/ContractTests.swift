import Foundation
import Testing
@testable import PipelineKit

/// Step contracts: every step's arguments are checked against its script's options when the
/// pipeline loads, and a parameter nothing uses is a warning.
@Suite struct ContractTests {
    static func pipeline(parameters: String = "    - {name: rate, type: float, default: 0.1}\n", run: String = "train.py", args: String,
                         extra: String = "") -> String {
        "pipeline:\n  parameters:\n\(parameters)  steps:\n    - train_model:\n        run: \(run)\n        args: \(args)\n\(extra)"
    }

    static func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try DefinitionLoader.load(text: text, file: "p.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func anUnknownOptionIsALoadErrorWithItsPlaceAndTheOptionMeant() throws {
        let found = Self.errors(Self.pipeline(args: "--learning-rate ${{ parameters.rate }} --epoch 5"))
        #expect(found.map(\.message) == ["train.py has no option --learning-rate", "train.py has no option --epoch"])
        #expect(found.map(\.location) == [SourceLocation(file: "p.yaml", line: 7, column: 15), SourceLocation(file: "p.yaml", line: 7, column: 54)])
        #expect(found[0].hint?.hasPrefix("did you mean '--lr'? train.py takes --lr, --epochs, --batch-size, --data, --model, --seed") == true)
        #expect(found[0].hint?.actions == [.listScripts])
        #expect(found[1].hint?.hasPrefix("did you mean '--epochs'?") == true)
    }

    @Test func aMisspelledScriptIsALoadErrorSuggestingTheScript() {
        let found = Self.errors(Self.pipeline(run: "trian.py", args: "--lr ${{ parameters.rate }}"))
        #expect(found.map(\.message) == ["step 'train_model' runs 'trian.py', which is not a simulated script"])
        #expect(found.first?.location == SourceLocation(file: "p.yaml", line: 6, column: 14))
        #expect(found.first?.hint?.hasPrefix("did you mean 'train.py'? simulated scripts: load_data.py, fetch_data.py") == true)
        #expect(found.first?.hint?.contains("says 'simulated: false'") == true)
    }

    @Test func aParameterOfTheWrongTypeNamesParameterAndOption() {
        let found = Self.errors(Self.pipeline(args: "--lr 0.1 --epochs ${{ parameters.rate }}"))
        #expect(found.map(\.message) == ["parameter 'rate' is a float, but train.py's --epochs takes a whole number of at least 1"])
        #expect(found.first?.location == SourceLocation(file: "p.yaml", line: 7, column: 33))
        #expect(found.first?.hint?.contains("(type: int)") == true)
        let text = Self.pipeline(parameters: "    - {name: rate, type: string, default: fast}\n", args: "--lr ${{ parameters.rate }}")
        #expect(Self.errors(text).map(\.message) == ["parameter 'rate' is a string, but train.py's --lr takes a number above 0"])
    }

    @Test(arguments: [
        ("--lr fast", "train.py's --lr takes a number above 0, but 'fast' is not a number"),
        ("--lr 0", "train.py's --lr takes a number above 0, but '0' is not above 0"),
        ("--epochs 0.5", "train.py's --epochs takes a whole number of at least 1, but '0.5' is not a whole number"),
        ("--lr", "train.py's --lr has no value"),
        ("--lr 0.1 --lr 0.2", "--lr is given to train.py twice; the script would use only the last"),
        ("--lr 0.1 extra", "train.py takes no bare argument 'extra'"),
        ("--epochs run-${{ parameters.rate }}", "train.py's --epochs takes a whole number of at least 1, but its value is text written around a placeholder"),
    ])
    func writtenValuesAreCheckedAgainstTheOption(_ args: String, _ message: String) {
        let found = Self.errors(Self.pipeline(args: "\"\(args)\"", extra: ""))
        #expect(found.map(\.message).contains(message), "\(found.map(\.message))")
    }

    @Test func aChoiceSuggestsTheWordMeant() {
        let text = "steps:\n  - deploy: {run: deploy.py, args: --from artefact}\n"
        let found = Self.errors(text)
        #expect(found.map(\.message) == ["deploy.py's --from takes one of registry, artifact, but 'artefact' is not one of them"])
        #expect(found.first?.hint?.description == "did you mean 'artifact'?")
    }

    @Test func anUnusedParameterIsAWarningNotAnError() throws {
        let text = Self.pipeline(parameters: "    - {name: rate, type: float, default: 0.1}\n    - {name: batch_size, type: int, default: 32}\n",
                                 args: "--lr ${{ parameters.rate }}")
        let loaded = try DefinitionLoader.loadWithWarnings(text: text, file: "p.yaml")
        #expect(loaded.warnings.map(\.severity) == [.warning])
        #expect(loaded.warnings.map(\.message) == ["parameter 'batch_size' is declared, but no step's args or when: uses it"])
        #expect(loaded.warnings.first?.location?.line == 4)
        // A parameter used only by a condition is used.
        let conditional = Self.pipeline(parameters: "    - {name: rate, type: float, default: 0.1}\n    - {name: go, type: bool, default: true}\n",
                                        args: "--lr ${{ parameters.rate }}", extra: "        when: ${{ parameters.go }}\n")
        #expect(try DefinitionLoader.loadWithWarnings(text: conditional, file: "p.yaml").warnings.isEmpty)
    }

    @Test func aStepTheSimulatorDoesNotModelSaysSo() throws {
        let text = "steps:\n  - notify: {run: notify.sh, simulated: false, args: --channel ml}\n"
        let definition = try DefinitionLoader.load(text: text, file: "p.yaml")
        var workspace = Workspace()
        let result = try RunEngineTests.run(definition, [], workspace: &workspace)
        #expect(result.events.dropFirst().prefix(2).map(\.effect)
                == ["notify.sh receives --channel ml (not simulated)", "not simulated: notify.sh was given --channel ml; nothing ran"])
        let marked = "steps:\n  - train: {run: train.py, simulated: false}\n"
        #expect(Self.errors(marked).map(\.message) == ["step 'train' says 'simulated: false', but train.py is a simulated script"])
    }

    @Test func theTraceListsTheDefaultsAScriptFellBackTo() throws {
        let definition = try DefinitionLoader.load(text: Self.pipeline(args: "--lr ${{ parameters.rate }} --epochs 5"), file: "p.yaml")
        var workspace = Workspace()
        let result = try RunEngineTests.run(definition, [], workspace: &workspace)
        #expect(result.events[1].effect == "train.py receives --lr 0.1 --epochs 5 (script defaults: --batch-size 32, --seed 7)")
        #expect(result.events[2].effect.hasPrefix("trained with learning rate 0.1, 5 epochs, batch 32"))
    }

    @Test func everyContractOptionHasAKindAMeaningAndADefaultThatParses() {
        for contract in ScriptContract.all {
            for option in contract.options {
                #expect(!option.meaning.isEmpty, "\(contract.name) \(option.name)")
                if let value = option.defaultValue {
                    #expect(option.kind.problem(withLiteral: value) == nil, "\(contract.name) \(option.name) default \(value)")
                }
            }
            #expect(ScriptLibrary.standard.script(named: contract.name)?.contract == contract, "\(contract.name) has no script")
        }
    }

    @Test func theFormatDocumentsTableAgreesWithTheContracts() throws {
        let document = try #require(EmbeddedContent.text(atPath: "docs/pipeline-format.md"))
        let rows = document.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for contract in ScriptContract.all where !contract.isForBenchmarks {
            let row = try #require(rows.first { $0.hasPrefix("| `\(contract.name)` |") }, "no row for \(contract.name)")
            let cells = row.replacingOccurrences(of: "\\|", with: "/").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let documented = cells[1].components(separatedBy: "`").filter { $0.hasPrefix("--") }.map { String($0.prefix { $0 != " " }) }
            #expect(documented == contract.options.map(\.name), "\(contract.name)")
            #expect(cells[2] == contract.outputs.map { "`\($0.name)`" }.joined(separator: ", "), "\(contract.name)")
        }
    }
}
