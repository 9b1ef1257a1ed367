/// A script a step can `run:`, simulated in-process so its work is real and its output
/// depends on the arguments it receives.
protocol SimulatedScript: Sendable {
    /// What it accepts and produces; its names select it in `run:` (`train.py`, `train`).
    var contract: ScriptContract { get }
    /// Does the script's work with its parsed arguments.
    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome
}

extension SimulatedScript {
    /// The names that select it in `run:`.
    var names: [String] { contract.names }
}

/// What a script did, in words and as named outputs.
struct ScriptOutcome: Equatable, Sendable {
    var effect: String
    var outputs: [StepOutput] = []
    /// The random seed the script's work used, when it used one (recorded with the run).
    var randomSeed: Int? = nil
}

/// A script that could not do its work: the step fails and later steps do not run.
struct ScriptFailure: Error, Equatable, Sendable {
    /// What kind of failure: an error, or training that diverged (a failure the learner caused
    /// with a value, shown as ✗ diverged and recorded as the run's status `diverged`).
    enum Kind: Equatable, Sendable {
        case error
        case diverged
    }

    var message: String
    var kind: Kind

    init(_ message: String, kind: Kind = .error) {
        self.message = message
        self.kind = kind
    }
}
