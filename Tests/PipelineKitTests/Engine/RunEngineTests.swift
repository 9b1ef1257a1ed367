import Testing
@testable import PipelineKit

@Suite struct RunEngineTests {
    static func bundled(_ name: String) throws -> PipelineDefinition {
        let text = try #require(EmbeddedContent.text(atPath: "lessons/pipelines/\(name).yaml"))
        return try DefinitionLoader.load(text: text, file: "\(name).yaml")
    }

    static func run(_ definition: PipelineDefinition, _ assignments: [String], workspace: inout Workspace,
                    environment: [String: String] = [:]) throws -> RunResult {
        let request = ParameterRequest(assignments: try assignments.map { try ParameterAssignment.parse($0) },
                                       processEnvironment: environment)
        let resolution = try ParameterResolver.resolve(definition, request: request)
        return RunEngine().run(definition, with: resolution, workspace: &workspace, environment: environment)
    }

    static func run(_ name: String, _ assignments: [String], environment: [String: String] = [:]) throws -> RunResult {
        var workspace = Workspace()
        return try run(try bundled(name), assignments, workspace: &workspace, environment: environment)
    }

    @Test func theLearningRateChangesTheFinalLoss() throws {
        let slow = try Self.run("train-lr", ["learning_rate=0.01"])
        let fast = try Self.run("train-lr", ["learning_rate=0.1"])
        #expect(slow.status == .succeeded)
        #expect(slow.steps.first?.arguments == ["--lr", "0.01"])
        let slowLoss = try #require(Double(slow.output("final_loss") ?? ""))
        let fastLoss = try #require(Double(fast.output("final_loss") ?? ""))
        #expect(fastLoss < slowLoss)
    }

    @Test func aDivergingLearningRateIsReportedAsDiverged() throws {
        let result = try Self.run("train-lr", ["learning_rate=5"])
        #expect(result.status == .diverged)
        #expect(result.steps[0].status == .diverged)
        #expect(result.output("final_loss") == nil, "a diverged training has no final loss")
        #expect(result.steps[0].effect.contains("diverged"))
        #expect(!result.steps[0].effect.lowercased().contains("nan"))
    }

    @Test func runsAreDeterministic() throws {
        let first = try Self.run("three-steps", ["learning_rate=0.05"])
        let second = try Self.run("three-steps", ["learning_rate=0.05"])
        #expect(first.outputs == second.outputs)
    }

    @Test func eventsFollowTheRun() throws {
        let result = try Self.run("train-lr", ["learning_rate=0.01"])
        #expect(result.events.map(\.kind) == [.pipelineTriggered, .stepStarted, .stepExecuted, .pipelineCompleted])
        #expect(result.events[1].effect == "train.py receives --lr 0.01 (script defaults: --epochs 10, --batch-size 32, --seed 7)")
        #expect(result.events[1].values == ["0.01"])
    }

    @Test func aFalseConditionSkipsTheStepAndSaysWhy() throws {
        let result = try Self.run("conditional-train", [])
        let train = try #require(result.steps.first { $0.name == "train_model" })
        #expect(train.status == .skipped)
        #expect(train.effect == "parameters.train_model is false, from the default")
        let register = try #require(result.steps.first { $0.name == "register_model" })
        #expect(register.effect == "it needs 'train_model', which was skipped")
        let trained = try Self.run("conditional-train", ["train_model=true", "mode=full"])
        #expect(trained.steps.allSatisfy { $0.status == .succeeded })
    }

    @Test func anEvaluationOnlyRunEvaluatesTheLastRegisteredModelOrABaseline() throws {
        let definition = try Self.bundled("conditional-train")
        var workspace = Workspace()
        // Nothing registered yet: the baseline (the training rows' mean) is evaluated.
        let first = try Self.run(definition, [], workspace: &workspace)
        #expect(first.steps.map(\.status) == [.succeeded, .skipped, .succeeded, .skipped])
        let baseline = try #require(first.steps.first { $0.name == "evaluate_model" })
        #expect(baseline.effect.hasPrefix("no model was trained in this run and none is registered: the baseline (the training rows' mean) scores validation loss"))
        // A full run trains, evaluates and registers v1 ...
        let full = try Self.run(definition, ["train_model=true", "mode=full"], workspace: &workspace)
        #expect(full.output("model_version") == "v1")
        let trainedLoss = try #require(full.output("validation_loss"))
        // ... and the next evaluation-only run evaluates v1: the same model, the same loss.
        let evaluationOnly = try Self.run(definition, ["mode=full"], workspace: &workspace)
        #expect(evaluationOnly.status == .succeeded)
        #expect(evaluationOnly.steps.map(\.status) == [.succeeded, .skipped, .succeeded, .skipped])
        let evaluated = try #require(evaluationOnly.steps.first { $0.name == "evaluate_model" })
        #expect(evaluated.effect.hasPrefix("no model was trained in this run: the registry's 'model' v1 scores validation loss \(trainedLoss)"))
        #expect(evaluationOnly.output("validation_loss") == trainedLoss)
        #expect(Double(trainedLoss) ?? .infinity < Double(first.output("validation_loss") ?? "") ?? 0, "the trained model beats the baseline")
    }

    @Test func aFailedStepStopsTheRun() throws {
        let definition = try DefinitionLoader.load(
            text: "steps:\n  - evaluate: {run: evaluate.py}\n  - register: {run: register.py}\n", file: "f.yaml")
        var workspace = Workspace()
        let result = try Self.run(definition, [], workspace: &workspace)
        #expect(result.status == .failed)
        #expect(result.steps.map(\.status) == [.failed, .notRun])
    }

    @Test func valuesAreNeverReexpandedOrGivenToAShell() throws {
        let definition = try DefinitionLoader.load(
            text: "parameters:\n  - name: note\nsteps:\n  - echo: {run: report.sh, simulated: false, args: \"--note ${{ parameters.note }}\"}\n", file: "i.yaml")
        var workspace = Workspace()
        for value in ["${{ parameters.note }}", "x; rm -rf /", "$(whoami)"] {
            let result = try Self.run(definition, ["note=\(value)"], workspace: &workspace)
            // Each value stays one argument, literal, whatever it contains.
            #expect(result.steps[0].arguments == ["--note", value])
        }
    }

    @Test func secretsReachTheScriptButNoRecord() throws {
        let result = try Self.run("secrets-env", ["api_key=sk-live-abcdef123456"], environment: ["DATA_PATH": "data/live.csv"])
        #expect(result.status == .succeeded)
        #expect(result.steps[0].arguments.contains("[REDACTED]"))
        let everything = "\(result.steps) \(result.events) \(result.outputs) \(result.parameters.map(\.displayValue))"
        #expect(!everything.contains("sk-live-abcdef123456"))
        let short = try Self.run("secrets-env", ["api_key=abc"], environment: ["DATA_PATH": "d.csv"])
        #expect(short.status == .failed)
    }

    @Test func theLinkedPlatformServesEachNewVersion() throws {
        let definition = try Self.bundled("platform")
        var workspace = Workspace()
        _ = try Self.run(definition, [], workspace: &workspace)
        let second = try Self.run(definition, ["learning_rate=0.2"], workspace: &workspace)
        #expect(second.output("churn.served_version") == "v2" && second.output("demand.served_version") == "v2")
        #expect(second.output("churn.alert") == nil && second.output("demand.alert") == nil)
    }

    @Test func theUnlinkedPlatformNeverServesTheNewVersion() throws {
        let definition = try Self.bundled("platform-unlinked")
        var workspace = Workspace()
        _ = try Self.run(definition, [], workspace: &workspace)
        let second = try Self.run(definition, ["learning_rate=0.2"], workspace: &workspace)
        #expect(second.output("model_version") == "v2")
        #expect(second.output("served_version") == "v1")
        #expect(second.output("alert") == "stale deployment")
    }

    @Test func stepsRunInDependencyOrder() throws {
        let definition = try DefinitionLoader.load(
            text: "steps:\n  - b: {run: noop, needs: [a]}\n  - a: {run: noop, needs: []}\n  - c: {run: noop}\n", file: "o.yaml")
        #expect(try StepOrder.order(definition.steps).get() == [1, 0, 2])
    }

    @Test func aCancelledRunStopsBetweenSteps() throws {
        let definition = try Self.bundled("three-steps")
        let resolution = try ParameterResolver.resolve(definition, request: ParameterRequest())
        var workspace = Workspace()
        var calls = 0
        let result = RunEngine().run(definition, with: resolution, workspace: &workspace, isCancelled: {
            calls += 1
            return calls > 1
        })
        #expect(result.status == .cancelled)
        #expect(result.steps.map(\.status) == [.succeeded, .notRun, .notRun])
    }
}
