import Testing
@testable import PipelineKit

/// Reading GitHub Actions and Azure Pipelines files: the supported subset, errors at their
/// place naming the nearest supported construct, and the engines' type traps as warnings.
@Suite struct EngineFileReaderTests {
    static let workflow = """
    name: train
    on:
      workflow_dispatch:
        inputs:
          learning_rate:
            type: number
            default: 0.01
          train_model:
            type: boolean
            default: false
    jobs:
      train:
        if: ${{ github.event.inputs.train_model }}
        runs-on: ubuntu-latest
        steps:
          - run: |
              pip install -r requirements.txt
              python train.py --lr ${{ inputs.learning_rate }}
    """

    @Test func aWorkflowBecomesStepsWithTypedParameters() throws {
        let loaded = try EngineFileLoader.load(text: Self.workflow, file: "train.yml")
        #expect(loaded.format == .githubActions)
        let definition = loaded.definition
        #expect(definition.parameters.map(\.type) == [.float, .bool])
        #expect(definition.steps.map(\.name) == ["train-1", "train-2"])
        #expect(definition.steps.map(\.run) == ["pip", "train.py"], "pip is a not-simulated command, train.py simulated")
        #expect(definition.steps[1].arguments.references == [.parameter("learning_rate")])
    }

    @Test func anOptionTheScriptDoesNotModelIsAWarningNotARefusal() throws {
        let text = Self.workflow.replacingOccurrences(of: "--lr ${{ inputs.learning_rate }}", with: "--lr ${{ inputs.learning_rate }} --cache-dir /tmp/cache")
        let loaded = try EngineFileLoader.load(text: text, file: "train.yml")
        #expect(loaded.warnings.contains { $0.message == "train.py: --cache-dir is not simulated; the step runs without it" })
        #expect(!Self.workflow.contains("--cache-dir"))
        #expect(try EngineFileLoader.load(text: Self.workflow, file: "train.yml").warnings.allSatisfy { !$0.message.contains("is not simulated;") })
    }

    @Test func githubEventInputsOfABooleanIsTextThatIfCountsAsTrue() throws {
        let loaded = try EngineFileLoader.load(text: Self.workflow, file: "train.yml")
        let warning = try #require(loaded.warnings.first { $0.message.contains("actions/runner #1483") })
        #expect(warning.location == SourceLocation(file: "train.yml", line: 13, column: 9))
        #expect(loaded.definition.steps[0].condition == .literal(.bool(true)), "simulated as GitHub does: always runs")
    }

    @Test func onAScheduleInputsAreEmptyAndNoDefaultApplies() throws {
        let loaded = try EngineFileLoader.load(text: Self.workflow, file: "train.yml", trigger: .schedule)
        let rate = try #require(loaded.definition.parameter(named: "learning_rate"))
        #expect(rate.type == .string)
        #expect(rate.defaultValue == .value(.string(""), raw: ""))
        #expect(loaded.warnings.contains { $0.message.hasPrefix("on a schedule run, inputs.learning_rate is empty (its default 0.01 does not apply)") })
    }

    @Test func anUnsupportedConstructIsAnErrorAtItsPlaceNamingTheNearestSupportedOne() {
        let text = Self.workflow.replacingOccurrences(of: "    runs-on: ubuntu-latest", with: "    runs-on: ubuntu-latest\n    strategy: {matrix: {lr: [1, 2]}}")
            .replacingOccurrences(of: "python train.py --lr ${{ inputs.learning_rate }}", with: "python train.py --lr ${{ github.sha }}")
        do {
            _ = try EngineFileLoader.load(text: text, file: "train.yml")
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.count == 2, "every problem at once")
            #expect(error.diagnostics[0].location == SourceLocation(file: "train.yml", line: 15, column: 5))
            #expect(error.diagnostics[0].message == "'strategy:' in job 'train' is outside the part of GitHub Actions that pipeline reads")
            #expect(error.diagnostics[0].hint?.contains("an exported sweep, which writes a matrix") == true)
            #expect(error.diagnostics[1].location == SourceLocation(file: "train.yml", line: 19, column: 32))
            #expect(error.diagnostics[1].hint?.hasPrefix("the nearest supported construct is ${{ inputs.NAME }}") == true)
        }
    }

    static let azure = """
    parameters:
    - name: epochs
      type: number
      default: 10
    - name: full
      type: boolean
      default: false
    jobs:
    - job: Train
      steps:
      - script: python train.py --epochs ${{ parameters.epochs }}
      - ${{ if eq(parameters.full, true) }}:
        - script: python register.py
    - job: Deploy
      dependsOn: Train
      condition: and(succeeded(), ne(parameters.epochs, 5))
      steps:
      - bash: python deploy.py --version latest
    """

    @Test func anAzureFileBecomesStepsWithInsertionsConditionsAndDependsOn() throws {
        let loaded = try EngineFileLoader.load(text: Self.azure, file: "azure-pipelines.yml")
        #expect(loaded.format == .azurePipelines)
        let steps = loaded.definition.steps
        #expect(steps.map(\.name) == ["Train-1", "Train-2", "Deploy"])
        #expect(steps[1].condition?.description == "parameters.full == true")
        #expect(steps[2].needs == ["Train-1"], "a step inserted by ${{ if }} does not skip the jobs after it when it is left out")
        #expect(steps[2].condition?.description == "parameters.epochs != 5")
        #expect(loaded.definition.parameter(named: "epochs")?.type == .int)
    }

    @Test func azureRuntimeExpressionsAndUnknownFunctionsAreRefused() {
        let text = Self.azure.replacingOccurrences(of: "ne(parameters.epochs, 5)", with: "contains(variables['Build.SourceBranch'], 'main')")
        #expect(throws: DiagnosticError.self) { try EngineFileLoader.load(text: text, file: "a.yml") }
        let macro = Self.azure.replacingOccurrences(of: "--version latest", with: "--version $[ variables.v ]")
        #expect(throws: DiagnosticError.self) { try EngineFileLoader.load(text: macro, file: "a.yml") }
    }

    @Test func aNativeFileIsStillReadByTheDefinitionLoader() throws {
        let text = try #require(EmbeddedContent.text(atPath: "lessons/pipelines/three-steps.yaml"))
        #expect(try EngineFileLoader.load(text: text, file: "three-steps.yaml").format == .native)
    }
}
