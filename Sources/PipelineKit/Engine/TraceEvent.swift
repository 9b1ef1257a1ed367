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
    public var step: String?
    /// The script the step runs, for step events.
    var script: String?
    /// The parameters involved, each with the value it received (`[REDACTED]` for secrets).
    var bindings: [ParameterBinding]
    /// The rendered arguments, secrets redacted (for `stepStarted`).
    var arguments: [String]
    /// What happened, in words.
    public var effect: String
    var outputs: [StepOutput]
    /// How long the step took, for executed and failed steps.
    public var seconds: Double?

    init(kind: Kind, step: String? = nil, script: String? = nil, bindings: [ParameterBinding] = [],
                arguments: [String] = [], effect: String = "", outputs: [StepOutput] = [], seconds: Double? = nil) {
        self.kind = kind
        self.step = step
        self.script = script
        self.bindings = bindings
        self.arguments = arguments
        self.effect = effect
        self.outputs = outputs
        self.seconds = seconds
    }
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
    private enum CodingKeys: String, CodingKey {
        case kind, step, script, parameters, values, arguments, effect, outputs, seconds
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let names = try container.decode([String].self, forKey: .parameters)
        let values = try container.decode([String].self, forKey: .values)
        guard names.count == values.count else {
            throw DecodingError.dataCorruptedError(forKey: .values, in: container,
                                                   debugDescription: "\(values.count) values for \(names.count) parameters")
        }
        self.init(kind: try container.decode(Kind.self, forKey: .kind),
                  step: try container.decodeIfPresent(String.self, forKey: .step),
                  script: try container.decodeIfPresent(String.self, forKey: .script),
                  bindings: zip(names, values).map { ParameterBinding(name: $0, value: $1) },
                  arguments: try container.decode([String].self, forKey: .arguments),
                  effect: try container.decode(String.self, forKey: .effect),
                  outputs: try container.decode([StepOutput].self, forKey: .outputs),
                  seconds: try container.decodeIfPresent(Double.self, forKey: .seconds))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(step, forKey: .step)
        try container.encodeIfPresent(script, forKey: .script)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(values, forKey: .values)
        try container.encode(arguments, forKey: .arguments)
        try container.encode(effect, forKey: .effect)
        try container.encode(outputs, forKey: .outputs)
        try container.encodeIfPresent(seconds, forKey: .seconds)
    }
}
