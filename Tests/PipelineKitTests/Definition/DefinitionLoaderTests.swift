import Testing
@testable import PipelineKit

@Suite struct DefinitionLoaderTests {
    /// The one-parameter pipeline the YAML reader tests read too.
    static let seed = YAMLReaderTests.seed

    @Test func loadsTheSeedPipelineUnchanged() throws {
        let definition = try DefinitionLoader.load(text: Self.seed, file: "train-lr.yaml")
        #expect(definition.name == "train-lr")
        #expect(definition.parameters.map(\.name) == ["learning_rate"])
        #expect(definition.parameters[0].type == .float)
        #expect(definition.parameters[0].isRequired)
        #expect(definition.steps.map(\.name) == ["train_model"])
        #expect(definition.steps[0].run == "train.py")
        #expect(definition.steps[0].arguments.references == [.parameter("learning_rate")])
        #expect(definition.steps[0].location == SourceLocation(file: "train-lr.yaml", line: 6, column: 7))
    }

    @Test func loadsEveryBundledPipeline() throws {
        for name in PipelineSource.bundledNames {
            let text = try #require(EmbeddedContent.text(atPath: "lessons/pipelines/\(name).yaml"), "missing \(name)")
            let definition = try DefinitionLoader.load(text: text, file: "\(name).yaml")
            #expect(!definition.steps.isEmpty, "\(name) has no steps")
        }
    }

    /// A problem's message (or the start of it) and the line it must point at.
    struct Problem: Sendable {
        var message: String
        var line: Int
    }

    /// A pipeline declaring `items` under `parameters:` (each `    - name: …`), with one step.
    static func declaring(_ items: String) -> String {
        "pipeline:\n  parameters:\n\(items)  steps:\n    - a: {run: x}\n"
    }

    /// A pipeline with `items` under `steps:` and no parameters.
    static func stepping(_ items: String) -> String {
        "pipeline:\n  steps:\n\(items)"
    }

    static let invalid: [Example<Problem>] = [
        Example("pipeline:\n  parmeters: []\n  steps:\n    - a: {run: x}\n", gives: Problem(message: "unknown key 'parmeters' in the pipeline", line: 2)),
        Example("pipeline:\n  parameters: []\n", gives: Problem(message: "the pipeline has no 'steps'", line: 1)),
        Example(stepping("    - a:\n        args: --x 1\n"), gives: Problem(message: "step 'a' has no 'run'", line: 3)),
        Example(stepping("    - a:\n        run: x\n        args: --lr ${{ parameters.lr }}\n"),
                gives: Problem(message: "step 'a' refers to parameters.lr, which is not declared", line: 5)),
        Example(stepping("    - a: {run: x, needs: [b]}\n    - b: {run: x, needs: [a]}\n"), gives: Problem(message: "the steps' 'needs:' form a cycle", line: 3)),
        Example(stepping("    - a: {run: x, needs: [c]}\n"), gives: Problem(message: "step 'a' needs 'c', but no step has that name", line: 3)),
        Example(declaring("    - name: epochs\n      type: int\n      default: ten\n"), gives: Problem(message: "the default of parameter 'epochs' is invalid", line: 5)),
        Example(declaring("    - name: epochs\n      type: int\n      min: 10\n      max: 1\n"), gives: Problem(message: "min 10 is above max 1", line: 5)),
        Example(declaring("    - name: size\n      type: int\n      default: 3\n      values: [1, 2]\n"),
                gives: Problem(message: "the default 3 of parameter 'size' is not among its 'values:'", line: 5)),
        Example(declaring("    - name: x\n      type: double\n"), gives: Problem(message: "parameter 'x' has unknown type 'double'", line: 4)),
        Example(declaring("    - name: x\n    - name: x\n"), gives: Problem(message: "parameter 'x' is declared twice", line: 4)),
        Example("pipeline:\n  environments:\n    prod: {rate: 1}\n  parameters:\n    - name: lr\n      type: float\n  steps:\n    - a: {run: x}\n",
                gives: Problem(message: "unknown parameter 'rate' (from environment prod)", line: 3)),
    ]

    @Test(arguments: invalid)
    func reportsProblemsWithTheirLine(_ example: Example<Problem>) {
        let error = #expect(throws: DiagnosticError.self) {
            try DefinitionLoader.load(text: example.input, file: "bad.yaml")
        }
        let match = error?.diagnostics.first { $0.message.contains(example.expected.message) }
        #expect(match != nil, "got \(error?.description ?? "nothing")")
        #expect(match?.location?.line == example.expected.line)
        #expect(match?.location?.file == "bad.yaml")
    }

    @Test func reportsEveryProblemAtOnce() {
        let yaml = "pipeline:\n  parmeters: []\n  steps:\n    - a: {run: x, simulated: false, args: '${{ parameters.y }}'}\n    - b: {args: z}\n"
        let error = #expect(throws: DiagnosticError.self) { try DefinitionLoader.load(text: yaml, file: "p.yaml") }
        #expect(error?.diagnostics.count == 3)
    }

    @Test func suggestsTheKeyThatWasMeant() {
        let error = #expect(throws: DiagnosticError.self) {
            try DefinitionLoader.load(text: "pipeline:\n  parmeters: []\n  steps:\n    - a: {run: x}\n", file: "p.yaml")
        }
        #expect(error?.diagnostics.first?.hint?.hasPrefix("did you mean 'parameters'?") == true)
    }

    @Test func emptyAndCommentOnlyFilesAreRefused() {
        for text in ["", "# only a comment\n"] {
            let error = #expect(throws: DiagnosticError.self) { try DefinitionLoader.load(text: text, file: "e.yaml") }
            #expect(error?.diagnostics.first?.message.contains("empty") == true)
        }
    }

    @Test func stepsMayBeWrittenWithAName() throws {
        let definition = try DefinitionLoader.load(text: "steps:\n  - name: fit\n    run: train.py\n", file: "p.yaml")
        #expect(definition.steps.first?.name == "fit")
        #expect(definition.steps.first?.run == "train.py")
    }

    @Test func loadsJSONDefinitions() throws {
        let json = #"{"pipeline": {"parameters": [{"name": "lr", "type": "float", "default": 0.1}], "steps": [{"fit": {"run": "train.py", "args": "--lr ${{ parameters.lr }}"}}]}}"#
        let definition = try DefinitionLoader.load(text: json, file: "p.json")
        #expect(definition.parameters.first?.defaultValue == .value(.float(0.1), raw: "0.1"))
    }
}
