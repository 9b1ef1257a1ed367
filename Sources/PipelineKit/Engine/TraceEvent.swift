/// One thing that happened in a run, recorded as data: the trace a replay steps through.
public struct TraceEvent: Equatable, Sendable, Codable {
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
    public var script: String?
    /// Names of the parameters involved, with the value each received (`[REDACTED]` for secrets).
    public var parameters: [String]
    public var values: [String]
    /// The rendered arguments, secrets redacted (for `stepStarted`).
    public var arguments: [String]
    /// What happened, in words.
    public var effect: String
    public var outputs: [StepOutput]
    /// How long the step took, for executed and failed steps.
    public var seconds: Double?

    public init(kind: Kind, step: String? = nil, script: String? = nil, parameters: [String] = [], values: [String] = [],
                arguments: [String] = [], effect: String = "", outputs: [StepOutput] = [], seconds: Double? = nil) {
        self.kind = kind
        self.step = step
        self.script = script
        self.parameters = parameters
        self.values = values
        self.arguments = arguments
        self.effect = effect
        self.outputs = outputs
        self.seconds = seconds
    }
}
