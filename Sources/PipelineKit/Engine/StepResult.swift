/// How one step of a run ended.
public struct StepResult: Equatable, Sendable, Codable {
    public enum Status: String, Equatable, Sendable, Codable {
        case succeeded
        case skipped
        case failed
        /// Training diverged: a failure, shown as ✗ diverged.
        case diverged
        case notRun = "not_run"
    }

    public var name: String
    public var script: String
    public var status: Status
    /// The rendered arguments, secrets redacted.
    public var arguments: [String] = []
    /// What the script did, why it was skipped, or why it failed.
    public var effect: String = ""
    public var outputs: [StepOutput] = []
    public var seconds: Double = 0
    /// The random seed the step's script used (the mini-batch order of training), when it used one.
    var randomSeed: Int? = nil

    enum CodingKeys: String, CodingKey {
        case name, script, status, arguments, effect, outputs, seconds
        case randomSeed = "random_seed"
    }
}
