/// One thing that happened in a run, recorded as data: the trace a replay steps through.
public struct TraceEvent: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable, Codable, CaseIterable {
        /// The definition was loaded and its parameters declared (once per session).
        case pipelineDefined = "pipeline_defined"
        /// A run started with these parameter values.
        case pipelineTriggered = "pipeline_triggered"
        /// A step's script received its rendered arguments.
        case stepStarted = "step_started"
        /// A step's script did its work.
        case stepExecuted = "step_executed"
        /// A step's `when:` was false, or a step it needs was skipped.
        case stepSkipped = "step_skipped"
        case stepFailed = "step_failed"
        /// A training step's loss diverged: the step failed.
        case stepDiverged = "step_diverged"
        /// A step after a failure (or an interruption) that never started.
        case stepNotRun = "step_not_run"
        case pipelineCompleted = "pipeline_completed"
        case pipelineFailed = "pipeline_failed"
        case pipelineCancelled = "pipeline_cancelled"
    }

    public var kind: Kind
    /// The step, for step events.
    public var step: String? = nil
    /// The script the step runs, for step events.
    var script: String? = nil
    /// The parameters involved, each with the value it received (`[REDACTED]` for secrets).
    var bindings: [ParameterBinding] = []
    /// The rendered arguments, secrets redacted (for `stepStarted`).
    var arguments: [String] = []
    /// What happened, in words.
    public var effect: String = ""
    var outputs: [StepOutput] = []
    /// How long the step took, for executed and failed steps.
    public var seconds: Double? = nil
}

// MARK: - Views and coding

extension TraceEvent {
    /// The parameters' names, in order.
    var parameters: [String] { bindings.map(\.name) }
    /// The values shown, in the order of `parameters`.
    var values: [String] { bindings.map(\.value) }
}

/// A record keeps an event's bindings as two lists, `parameters` and `values`, as it always has.
extension TraceEvent: Codable {
    /// The event as a record stores it.
    private struct Stored: Codable {
        var kind: Kind, step: String?, script: String?, parameters: [String], values: [String]
        var arguments: [String], effect: String, outputs: [StepOutput], seconds: Double?

        enum CodingKeys: CodingKey { case kind, step, script, parameters, values, arguments, effect, outputs, seconds }
    }

    public init(from decoder: any Decoder) throws {
        let stored = try Stored(from: decoder)
        guard stored.parameters.count == stored.values.count else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath + [Stored.CodingKeys.values],
                debugDescription: "\(stored.values.count) values for \(stored.parameters.count) parameters"))
        }
        self.init(kind: stored.kind, step: stored.step, script: stored.script,
                  bindings: zip(stored.parameters, stored.values).map { ParameterBinding(name: $0, value: $1) },
                  arguments: stored.arguments, effect: stored.effect, outputs: stored.outputs, seconds: stored.seconds)
    }

    public func encode(to encoder: any Encoder) throws {
        try Stored(kind: kind, step: step, script: script, parameters: parameters, values: values,
                   arguments: arguments, effect: effect, outputs: outputs, seconds: seconds).encode(to: encoder)
    }
}
