/// Runs a resolved pipeline: steps in dependency order, each with its rendered arguments,
/// conditions evaluated, every event recorded, and secrets kept out of everything recorded.
public struct RunEngine: Sendable {
    var scripts: ScriptLibrary

    public init(scripts: ScriptLibrary = .standard) {
        self.scripts = scripts
    }

    /// Runs every step and waits for the run to finish.
    ///
    /// - Parameters:
    ///   - workspace: carries the model registry between the runs of a session.
    ///   - environment: the process environment, read by `${{ env.NAME }}` in args.
    ///   - observer: called with each event as it happens, to print progress.
    ///   - isCancelled: checked between steps; when true the run stops (Ctrl-C).
    /// - Complexity: O(s · w) for s steps of w work each, plus O(s log s) to order them.
    public func run(
        _ definition: PipelineDefinition,
        with resolution: ParameterResolver.Resolution,
        workspace: inout Workspace,
        environment: [String: String] = [:],
        observer: ((TraceEvent) -> Void)? = nil,
        isCancelled: () -> Bool = { false }
    ) -> RunResult {
        let clock = ContinuousClock()
        let started = clock.now
        var run = RunState(definition: definition, resolution: resolution, environment: environment, observer: observer)
        // A run starts from nothing but the registry the session's runs share: no dataset, model
        // or evaluation of an earlier run leaks into this one.
        workspace = Workspace(registry: workspace.registry)
        let bindings = resolution.bindings
        run.record(TraceEvent(kind: .pipelineTriggered, bindings: bindings, effect: "run started"))
        let order: [Int]
        switch StepOrder.order(definition.steps) {
        case .success(let found): order = found
        case .failure: order = []  // The loader refuses cycles; nothing runs if one slips through.
        }
        var stopped: RunResult.Status?
        for index in order {
            let step = definition.steps[index]
            if stopped == nil, isCancelled() { stopped = .cancelled }
            if stopped != nil {
                run.notRun(step)
                continue
            }
            switch run.execute(step, scripts: scripts, workspace: &workspace, clock: clock) {
            case .failed: stopped = .failed
            case .diverged: stopped = .diverged
            case .succeeded, .skipped, .notRun: break
            }
        }
        let status = stopped ?? .succeeded
        let kind: TraceEvent.Kind
        let effect: String
        switch status {
        case .succeeded: (kind, effect) = (.pipelineCompleted, "all steps finished")
        case .failed: (kind, effect) = (.pipelineFailed, "a step failed; later steps did not run")
        case .diverged: (kind, effect) = (.pipelineFailed, "training diverged; later steps did not run")
        case .cancelled: (kind, effect) = (.pipelineCancelled, "interrupted; later steps did not run")
        }
        run.record(TraceEvent(kind: kind, bindings: bindings, effect: effect, outputs: run.outputs))
        return RunResult(
            pipeline: definition.name, status: status, parameters: resolution.parameters, steps: run.results,
            outputs: run.outputs, events: run.events, seconds: (clock.now - started).seconds)
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
