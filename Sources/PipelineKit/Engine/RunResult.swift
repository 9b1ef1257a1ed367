/// Everything one run produced: its values, each step's result, its outputs and its trace.
public struct RunResult: Equatable, Sendable {
    public enum Status: String, Equatable, Sendable, Codable {
        case succeeded
        case failed
        /// A training step diverged (a failure: exit status 1).
        case diverged
        /// Interrupted (Ctrl-C) between steps.
        case cancelled
    }

    public var pipeline: String
    public var status: Status
    public var parameters: [ResolvedParameter]
    public var steps: [StepResult]
    /// The last value of each named output, in the order first produced.
    public var outputs: [StepOutput]
    public var events: [TraceEvent]
    public var seconds: Double

    /// The value of an output by name (`final_loss`).
    func output(_ name: String) -> String? {
        outputs.first { $0.name == name }?.value
    }
}
