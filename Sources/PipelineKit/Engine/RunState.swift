import Foundation

/// The bookkeeping of one run in progress: results, outputs and events so far.
struct RunState {
    let definition: PipelineDefinition
    let resolution: ParameterResolver.Resolution
    let environment: [String: String]
    let observer: ((TraceEvent) -> Void)?
    var results: [StepResult] = []
    var outputs: [StepOutput] = []
    /// Where each output name stands in `outputs`.
    private var outputIndex: [String: Int] = [:]
    var events: [TraceEvent] = []
    /// How each step ended, kept only when some step has `needs:` (to skip what needs a skipped step).
    var statusByStep: [String: StepResult.Status] = [:]
    let tracksStatus: Bool
    /// Whether the steps work on more than one model: each model's outputs are then named
    /// after it (`churn.final_loss`, `demand.final_loss`), so no model's values hide another's.
    let namesOutputsByModel: Bool
    /// Whether any argument may need `[REDACTED]` in its shown form.
    let hasSecrets: Bool
    /// The run's secrets, only to tell whether an environment value holds one (it is then
    /// shown whole as `[REDACTED]`; no text is ever rewritten).
    let secrets: [Secret<ParameterValue>]

    init(definition: PipelineDefinition, resolution: ParameterResolver.Resolution, environment: [String: String],
         observer: ((TraceEvent) -> Void)?) {
        self.definition = definition
        self.resolution = resolution
        self.environment = environment
        self.observer = observer
        tracksStatus = definition.steps.contains { $0.needs != nil }
        namesOutputsByModel = Set(definition.steps.compactMap(\.modelName)).count > 1
        secrets = resolution.parameters.compactMap(\.secret)
        hasSecrets = !secrets.isEmpty || !resolution.secretVariables.isEmpty
        // Every step adds one result and two events (started, then executed/skipped/failed).
        results.reserveCapacity(definition.steps.count)
        events.reserveCapacity(2 * definition.steps.count + 2)
    }

    /// Adds an event to the trace and tells the observer. The event is moved, not copied:
    /// this runs twice per step, so it is the engine's hot path.
    mutating func record(_ event: consuming TraceEvent) {
        observer?(event)
        events.append(event)
    }

    /// Runs one step; returns how it ended (skipped counts as succeeded for the run).
    mutating func execute(_ step: Step, scripts: ScriptLibrary, workspace: inout Workspace, clock: ContinuousClock) -> StepResult.Status {
        let bindings = step.parameterNames.map(resolution.binding)
        if let reason = skipReason(step) {
            finish(StepResult(name: step.name, script: step.run, status: .skipped, effect: reason),
                   event: TraceEvent(kind: .stepSkipped, step: step.name, script: step.run, bindings: bindings, effect: "skipped: " + reason))
            return .skipped
        }
        let hasArguments = !step.arguments.segments.isEmpty
        let real = hasArguments ? step.arguments.renderArguments { value(of: $0, display: false) } : []
        let shown = !hasSecrets || !hasArguments ? real : step.arguments.renderArguments { value(of: $0, display: true) }
        let arguments = ScriptArguments(real, display: shown)
        let script = scripts.script(named: step.run)
        record(TraceEvent(kind: .stepStarted, step: step.name, script: step.run, bindings: bindings,
                          arguments: shown, effect: Self.receives(step.run, shown: shown, arguments: arguments, contract: script?.contract)))
        let started = clock.now
        let outcome: Result<ScriptOutcome, ScriptFailure>
        if let script {
            do { outcome = .success(try script.run(arguments, in: &workspace)) } catch { outcome = .failure(error) }
        } else {
            outcome = .success(GenericScript().run(named: step.run, arguments))
        }
        let seconds = (clock.now - started).seconds
        switch outcome {
        case .success(let done):
            // Scripts build their messages from the shown arguments (ScriptArguments.shown), so
            // nothing here rewrites text: a secret never reaches it.
            let effect = done.effect
            let produced = namesOutputsByModel && script?.contract.option(named: "--model") != nil
                ? done.outputs.map { StepOutput("\(arguments.shownModelName).\($0.name)", $0.value) } : done.outputs
            for output in produced { remember(output) }
            workspace.outputs.append(contentsOf: produced)
            finish(StepResult(name: step.name, script: step.run, status: .succeeded, arguments: shown, effect: effect, outputs: produced,
                              seconds: seconds, randomSeed: done.randomSeed),
                   event: TraceEvent(kind: .stepExecuted, step: step.name, script: step.run, bindings: bindings,
                                     arguments: shown, effect: effect, outputs: produced, seconds: seconds))
            return .succeeded
        case .failure(let failure):
            let message = failure.message
            let diverged = failure.kind == .diverged
            let status: StepResult.Status = diverged ? .diverged : .failed
            finish(StepResult(name: step.name, script: step.run, status: status, arguments: shown, effect: message, seconds: seconds),
                   event: TraceEvent(kind: diverged ? .stepDiverged : .stepFailed, step: step.name, script: step.run, bindings: bindings,
                                     arguments: shown, effect: message, seconds: seconds))
            return status
        }
    }

    /// What the script receives and what it uses besides: `train.py receives --lr 0.1 (script
    /// defaults: --epochs 10, --batch-size 32, --seed 7)`; options it does not model, and a
    /// script that is not simulated at all, are named as such.
    static func receives(_ script: String, shown: [String], arguments: ScriptArguments, contract: ScriptContract?) -> String {
        let given = "\(script) receives " + (shown.isEmpty ? "no arguments" : shown.joined(separator: " "))
        guard let contract else { return given + " (not simulated)" }
        var notes: [String] = []
        let defaults = arguments.fallbacks(in: contract)
        if !defaults.isEmpty { notes.append("script default\(defaults.count == 1 ? "" : "s"): " + defaults.joined(separator: ", ")) }
        let ignored = arguments.unmodelled(in: contract)
        if !ignored.isEmpty { notes.append("not simulated: " + ignored.joined(separator: ", ")) }
        return notes.isEmpty ? given : given + " (" + notes.joined(separator: "; ") + ")"
    }

    mutating func notRun(_ step: Step) {
        finish(StepResult(name: step.name, script: step.run, status: .notRun, effect: "not run"),
               event: TraceEvent(kind: .stepNotRun, step: step.name, script: step.run, bindings: step.parameterNames.map(resolution.binding), effect: "not run: an earlier step stopped the run"))
    }

    private mutating func finish(_ result: consuming StepResult, event: consuming TraceEvent) {
        if tracksStatus { statusByStep[result.name] = result.status }
        results.append(result)
        record(event)
    }

    /// Keeps an output's latest value, in the order names first appeared. O(1): with one name
    /// per model (`m7.final_loss`) a linear search made a run of n models O(n²).
    private mutating func remember(_ output: StepOutput) {
        if let index = outputIndex[output.name] {
            outputs[index].value = output.value
        } else {
            outputIndex[output.name] = outputs.count
            outputs.append(output)
        }
    }

    /// Why a step does not run: its condition is false, or a step it needs was skipped.
    func skipReason(_ step: Step) -> String? {
        if let skippedNeed = skippedNeed(of: step) {
            return "it needs '\(skippedNeed)', which was skipped"
        }
        guard let condition = step.condition else { return nil }
        // Secrets are refused in conditions at load; a value that holds one (a URL with the key
        // inside) is secret too, and no secret decides a condition.
        if let secret = condition.referencedParameters.first(where: { resolution[$0]?.isSecret == true }) {
            return "its condition could not be evaluated: parameters.\(secret) holds a secret, and a secret cannot decide a condition"
        }
        let holds: Bool
        do {
            holds = try condition.evaluate { resolution[$0]?.plainValue }
        } catch {
            return "its condition could not be evaluated: \(error.diagnostic.message)"
        }
        guard !holds else { return nil }
        let sources = condition.referencedParameters.map { name -> String in
            let resolved = resolution[name]
            let from = resolved?.source.map { $0 == .definitionDefault ? "the default" : $0.description } ?? "nowhere"
            return "\(name) is \(resolved?.displayValue ?? ResolvedParameter.undefined), from \(from)"
        }
        if case .parameter(let name, _) = condition, let resolved = resolution[name] {
            let from = resolved.source.map { $0 == .definitionDefault ? "the default" : $0.description } ?? "nowhere"
            return "parameters.\(name) is \(resolved.displayValue), from \(from)"
        }
        return "\(condition.description) is false (" + sources.joined(separator: "; ") + ")"
    }

    /// A reference's text in a step's arguments: as the step receives it (`display: false`,
    /// the one place a secret's value is read, through ``Secret/valueHandedToStep``), or as
    /// it is shown (a secret, or a variable that holds one, as its ``Secret`` description).
    /// The first step named in `needs:` that was skipped: the step is skipped too.
    func skippedNeed(of step: Step) -> String? {
        step.needs?.first { statusByStep[$0] == .skipped }
    }

    /// Whether the step's condition holds, `nil` without a condition (or when it cannot be evaluated).
    func conditionHolds(_ step: Step) -> Bool? {
        guard let condition = step.condition, !condition.referencedParameters.contains(where: { resolution[$0]?.isSecret == true }) else { return nil }
        return try? condition.evaluate { resolution[$0]?.plainValue }
    }

    func value(of reference: TemplateReference, display: Bool) -> String {
        switch reference {
        case .parameter(let name):
            switch resolution[name]?.content {
            case nil: return ""
            case .plain(let value)?: return value.rendered
            case .secret(let secret)?: return display ? secret.description : (secret.valueHandedToStep?.rendered ?? "")
            }
        case .environment(let name):
            let value = environment[name] ?? ""
            guard display else { return value }
            if resolution.secretVariables.contains(name) || secrets.contains(where: { $0.occurs(in: value) }) {
                return Secret(value).description
            }
            return value
        }
    }
}
