/// One thing a fixed exercise file must do, said in the lessons' words (`says`) and checked
/// by the real engine: a declared parameter, runs over value combinations the learner does
/// not see, or a sweep's size.
struct ExerciseExpectation: Equatable, Sendable {
    /// What a declared parameter must look like.
    struct ParameterCheck: Equatable, Sendable {
        var name: String
        /// `float`, `int`, `path`, … when the type matters.
        var type: String?
        var secret: Bool?
        /// The default must read this environment variable (`${{ env.NAME }}`).
        var defaultFromEnvironment: String?
    }

    /// Runs played in order in one session (they share the model registry); the checks apply
    /// to the last one.
    struct RunCase: Equatable, Sendable {
        /// Each run's values, as `--param NAME=VALUE` would pass them.
        var runs: [[String: String]]
        /// The process environment the runs see (`${{ env.NAME }}`).
        var environment: [String: String]?
    }

    /// A sweep written as a `pipeline sweep` command line in one of the learner's files.
    struct SweepCheck: Equatable, Sendable {
        var file: String
        var runs: Int
        /// Each swept parameter with exactly the values it must take.
        var varies: [String: [String]]
    }

    /// What the run must come to: `succeeds` (the default) or `refused` at validation.
    enum Outcome: String, CaseIterable, Equatable, Sendable {
        case succeeds
        case refused
    }

    /// A step's expected status: `ran` or `skipped`.
    enum StepState: String, CaseIterable, Equatable, Sendable {
        case ran
        case skipped
    }

    var says: String
    var parameter: ParameterCheck?
    var cases: [RunCase]?
    var outcome: Outcome?
    var steps: [String: StepState]?
    /// Text a step's arguments must contain; `{NAME}` is the value the case passed for NAME.
    var receives: [String: String]?
    /// An output's expected value; `{NAME}` as above, `=OTHER` for another output's value.
    var outputs: [String: String]?
    /// No value of the case's environment may appear in any output, argument or effect.
    var hidesEnvironment: Bool?
    var sweep: SweepCheck?
}
