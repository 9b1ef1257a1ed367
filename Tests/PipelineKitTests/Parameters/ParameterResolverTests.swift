import Testing
@testable import PipelineKit

@Suite struct ParameterResolverTests {
    static let yaml = """
    pipeline:
      parameters:
        - name: learning_rate
          type: float
          default: 0.01
        - name: epochs
          type: int
          default: 10
          min: 1
          max: 100
        - name: mode
          type: string
          default: quick
          values: [quick, full]
        - name: api_key
          type: string
          secret: true
          required: false
        - name: data_path
          type: path
          default: ${{ env.DATA_PATH }}
          required: false
      environments:
        prod:
          learning_rate: 0.001
          epochs: 50
      steps:
        - train: {run: train.py, args: "--lr ${{ parameters.learning_rate }}"}
    """

    let definition: PipelineDefinition

    init() throws {
        definition = try DefinitionLoader.load(text: Self.yaml, file: "p.yaml")
    }

    func resolve(_ assignments: [String], env: String? = nil, file: String? = nil,
                 process: [String: String] = ["DATA_PATH": "data/x.csv"]) throws -> ParameterResolver.Resolution {
        let paramsFile = try file.map { try ParamsFile.load(text: $0, file: "run.yaml") }
        let request = ParameterRequest(
            environmentName: env, paramsFile: paramsFile,
            assignments: try assignments.map { try ParameterAssignment.parse($0) }, processEnvironment: process)
        return try ParameterResolver.resolve(definition, request: request)
    }

    func problems(_ assignments: [String], env: String? = nil, file: String? = nil, process: [String: String] = ["DATA_PATH": "d"]) -> [Diagnostic] {
        do {
            _ = try resolve(assignments, env: env, file: file, process: process)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return [Diagnostic(.error, "\(error)")]
        }
    }

    @Test func precedenceIsDefaultThenEnvironmentThenFileThenCommandLine() throws {
        let resolution = try resolve(["learning_rate=0.5"], env: "prod", file: "learning_rate: 0.2\nepochs: 20\n")
        let rate = try #require(resolution["learning_rate"])
        #expect(rate.plainValue == .float(0.5))
        #expect(rate.source == .commandLine)
        #expect(rate.overridden.map(\.source) == [.paramsFile("run.yaml"), .environmentSet("prod"), .definitionDefault])
        #expect(rate.overridden.map(\.shown) == ["0.2", "0.001", "0.01"])
        #expect(resolution["epochs"]?.plainValue == .int(20))
        #expect(resolution["epochs"]?.source == .paramsFile("run.yaml"))
        #expect(resolution["mode"]?.source == .definitionDefault)
        #expect(resolution["data_path"]?.source == .environmentVariable("DATA_PATH"))
        #expect(resolution["data_path"]?.plainValue == .path("data/x.csv"))
    }

    @Test func keepsTheRawTextWhereItReadsDifferently() throws {
        let rate = try #require(try resolve(["learning_rate=0.10"])["learning_rate"])
        #expect(rate.plainValue == .float(0.1))
        #expect(rate.displayValueWithRaw == "0.1 (given as 0.10)")
    }

    @Test func theLastRepeatedValueWinsWithAWarning() throws {
        let resolution = try resolve(["epochs=5", "epochs=7"])
        #expect(resolution["epochs"]?.plainValue == .int(7))
        #expect(resolution.warnings.count == 1)
        #expect(resolution.warnings.first?.message.contains("epochs") == true)
    }

    @Test func missingValueIsNamed() {
        #expect(throws: ParameterError.missingValue(name: "epochs")) { try ParameterAssignment.parse("epochs") }
        #expect(ParameterError.missingValue(name: "epochs").hint == "write \(UserAction.passParameter(name: "epochs", value: "VALUE"))")
    }

    @Test func aColonIsNotAnAssignment() {
        #expect(throws: ParameterError.notAnAssignment(text: "learning_rate:0.01", suggestion: "learning_rate=0.01")) {
            try ParameterAssignment.parse("learning_rate:0.01")
        }
    }

    struct Case: Sendable, CustomStringConvertible {
        var assignments: [String]
        var message: String
        var description: String { assignments.joined(separator: " ") }
    }

    static let invalid: [Case] = [
        Case(assignments: ["learnig_rate=0.1"], message: "unknown parameter 'learnig_rate'"),
        Case(assignments: ["epochs=ten"], message: "parameter 'epochs' expects an int, but got 'ten'"),
        Case(assignments: ["epochs=1.5"], message: "an int has no decimal point or exponent"),
        Case(assignments: ["epochs=1e3"], message: "an int has no decimal point or exponent"),
        Case(assignments: ["epochs=0"], message: "parameter 'epochs' is 0, below its minimum 1"),
        Case(assignments: ["epochs=101"], message: "parameter 'epochs' is 101, above its maximum 100"),
        Case(assignments: ["epochs=99999999999999999999"], message: "does not fit in a 64-bit int"),
        Case(assignments: ["learning_rate=nan"], message: "a float must be a finite number"),
        Case(assignments: ["learning_rate=inf"], message: "a float must be a finite number"),
        Case(assignments: ["mode=fast"], message: "parameter 'mode' is fast, which is not one of its allowed values [quick, full]"),
    ]

    @Test(arguments: invalid)
    func refusesInvalidValues(_ testCase: Case) {
        let found = problems(testCase.assignments)
        #expect(found.contains { $0.message.contains(testCase.message) }, "got \(found.map(\.message))")
    }

    @Test func suggestsTheDeclaredName() {
        let found = problems(["learnig_rate=0.1"])
        #expect(found.first?.hint?.hasPrefix("did you mean 'learning_rate'?") == true)
        #expect(found.first?.hint?.contains("declared parameters: learning_rate, epochs, mode, api_key, data_path") == true)
    }

    @Test func reportsAllProblemsTogether() {
        #expect(problems(["epochs=0", "mode=fast", "nope=1"]).count == 3)
    }

    @Test func requiredParameterWithoutValueIsReported() throws {
        let seed = try DefinitionLoader.load(text: DefinitionLoaderTests.seed, file: "train-lr.yaml")
        let error = #expect(throws: DiagnosticError.self) { try ParameterResolver.resolve(seed, request: ParameterRequest()) }
        #expect(error?.diagnostics.first?.message == "required parameter 'learning_rate' (float) has no value")
    }

    @Test func paramsFileAndEnvironmentSetsAreCheckedToo() {
        let fromFile = problems([], file: "epochs: many\nbatch: 3\n")
        #expect(fromFile.contains { $0.message.contains("'epochs' expects an int") && $0.location?.line == 1 })
        #expect(fromFile.contains { $0.message.contains("unknown parameter 'batch' (from file run.yaml)") && $0.location?.line == 2 })
        #expect(problems([], env: "staging").first?.message == "environment 'staging' is not defined")
    }

    @Test func anUnsetEnvironmentVariableIsReportedUnlessOverridden() throws {
        #expect(problems([], process: [:]).first?.message.contains("DATA_PATH") == true)
        #expect(try resolve(["data_path=d.csv"], process: [:])["data_path"]?.source == .commandLine)
    }

    @Test func anUnsetSecretVariableIsOneErrorNotAlsoAMissingValue() throws {
        // A GitHub Actions step's secrets.DATA_API_KEY becomes a required secret read from DATA_API_KEY.
        let workflow = """
            on:
              workflow_dispatch:
            jobs:
              fetch:
                runs-on: ubuntu-latest
                steps:
                  - env:
                      API_KEY: ${{ secrets.DATA_API_KEY }}
                    run: python fetch_data.py --data data/train.csv

            """
        let definition = try EngineFileLoader.load(text: workflow, file: "w.yml").definition
        let error = #expect(throws: DiagnosticError.self) { try ParameterResolver.resolve(definition, request: ParameterRequest()) }
        #expect(error?.diagnostics.map(\.message) == ["parameter 'api_key' reads the environment variable DATA_API_KEY, which is not set"])
    }

    @Test func secretValuesNeverAppearInErrorsOrDisplay() throws {
        let resolution = try resolve(["api_key=hunter2-secret", "api_key=hunter3-secret"])
        #expect(resolution["api_key"]?.displayValue == "[REDACTED]")
        #expect(!resolution.warnings.description.contains("hunter"))
        let secretDefinition = try DefinitionLoader.load(
            text: "parameters:\n  - name: token\n    type: int\n    secret: true\nsteps:\n  - a: {run: noop}\n", file: "s.yaml")
        let error = #expect(throws: DiagnosticError.self) {
            try ParameterResolver.resolve(secretDefinition, request: ParameterRequest(assignments: [ParameterAssignment(name: "token", text: "topsecret")]))
        }
        #expect(error?.description.contains("topsecret") == false)
        #expect(error?.description.contains("[REDACTED]") == true)
    }

    @Test func aTooLowSecretIsBelowItsMinimumWithoutItsValue() throws {
        let definition = try DefinitionLoader.load(
            text: "parameters:\n  - name: pin\n    type: int\n    min: 1000\n    max: 9999\n    secret: true\nsteps:\n  - a: {run: noop}\n",
            file: "s.yaml")
        let error = #expect(throws: DiagnosticError.self) {
            try ParameterResolver.resolve(definition, request: ParameterRequest(assignments: [ParameterAssignment(name: "pin", text: "12")]))
        }
        #expect(error?.diagnostics.first?.message == "parameter 'pin' is [REDACTED], below its minimum 1000")
        #expect(error?.description.contains("12") == false)
    }

    @Test func rulesAreCheckedOnceForDefaultsAndValues() throws {
        let parameter = Parameter(name: "n", type: .int, minimum: 1, maximum: 10, allowedValues: [.int(2), .int(20)],
                                  location: SourceLocation(file: "p.yaml", line: 1, column: 1))
        #expect(ParameterRules.check(.int(2), against: parameter).isEmpty)
        #expect(ParameterRules.check(.int(0), against: parameter) == [.belowMinimum(1), .notAllowed([.int(2), .int(20)])])
        #expect(ParameterRules.check(.int(20), against: parameter) == [.aboveMaximum(10)])
    }
}

extension Array where Element == Diagnostic {
    var description: String { map(\.description).joined(separator: "\n") }
}
