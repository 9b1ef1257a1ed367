/// What a run would do, worked out without running anything: for `--dry-run`.
public struct RunPlan: Equatable, Sendable {
    /// One step as it would run.
    public struct PlannedStep: Equatable, Sendable {
        public var name: String
        public var script: String
        /// The rendered arguments, secrets redacted.
        public var arguments: [String]
        /// `parameters.train_model` as written, when the step has a condition.
        public var condition: String?
        public var willRun: Bool
        /// Why it will be skipped, when it will.
        public var skipReason: String?
        /// Whether the condition holds, when the step has one.
        public var conditionHolds: Bool?
        /// A step in `needs:` that will be skipped, so this one is skipped too.
        public var skippedNeed: String?
        /// The step before it in the file, when it has no `needs:` and that step will be skipped:
        /// it runs anyway (only a step named in `needs:` passes its skip on).
        public var followsSkipped: String?
        /// Whether the simulator models the script (otherwise nothing runs: `simulated: false`).
        public var isSimulated: Bool
    }

    public var steps: [PlannedStep]

    /// Plans every step in execution order.
    ///
    /// - Complexity: O(s log s + a) for s steps and a characters of arguments.
    public static func make(_ definition: PipelineDefinition, with resolution: ParameterResolver.Resolution,
                            environment: [String: String] = [:], scripts: ScriptLibrary = .standard) -> RunPlan {
        guard case .success(let order) = StepOrder.order(definition.steps) else { return RunPlan(steps: []) }
        // Plan by running a state machine that only decides skips, never scripts.
        var state = RunState(definition: definition, resolution: resolution, environment: environment, observer: nil)
        var planned: [PlannedStep] = []
        for index in order {
            let step = definition.steps[index]
            let reason = state.plannedSkipReason(step)
            state.markPlanned(step.name, skipped: reason != nil)
            let previous = index > 0 && step.needs == nil ? definition.steps[index - 1].name : nil
            let followsSkipped = previous.flatMap { name in planned.first { $0.name == name && !$0.willRun }?.name }
            planned.append(PlannedStep(
                name: step.name, script: step.run,
                arguments: step.arguments.renderArguments { state.displayValue(of: $0) },
                condition: step.condition?.description, willRun: reason == nil, skipReason: reason,
                conditionHolds: state.conditionHolds(step), skippedNeed: state.skippedNeed(of: step), followsSkipped: followsSkipped,
                isSimulated: scripts.knows(step.run)))
        }
        return RunPlan(steps: planned)
    }
}

extension RunState {
    func plannedSkipReason(_ step: Step) -> String? { skipReason(step) }

    mutating func markPlanned(_ name: String, skipped: Bool) {
        if tracksStatus { statusByStep[name] = skipped ? .skipped : .succeeded }
    }

    func displayValue(of reference: TemplateReference) -> String { value(of: reference, display: true) }
}
