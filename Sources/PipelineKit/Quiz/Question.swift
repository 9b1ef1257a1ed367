/// One question of a bank: options to choose from (`single`, `true_false`, `multiple`), or a
/// typed answer (`numeric`, `short`).
public struct Question: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable, Codable, CaseIterable {
        case single
        case trueFalse = "true_false"
        /// Several options are right; all of them, and only them, must be chosen.
        case multiple
        /// A number, right within a tolerance.
        case numeric
        /// A few words, right when they match an accepted answer (case and spacing aside).
        case short

        /// Whether the learner picks among options (rather than typing a value).
        var hasOptions: Bool { self == .single || self == .trueFalse || self == .multiple }
    }

    public struct Option: Equatable, Sendable {
        public var key: String
        public var text: String
        /// Why this option is right or wrong.
        public var rationale: String?
    }

    public struct Solution: Equatable, Sendable {
        public var steps: [String]
        public var finalAnswer: String?
        public var quickCheck: String?
    }

    /// A run session shown above the stem; `check` says what the answer claims about its table.
    public struct Trace: Equatable, Sendable {
        public enum Check: Equatable, Sendable {
            /// The Value Passed cell of a row (all its values, joined by `, `).
            case valueAtRow(Int)
            /// One parameter's value in a row that passes several.
            case parameterAtRow(row: Int, parameter: String)
            case firstCompletion
            case trainingRowsOfRun(Int)
        }

        public var pipeline: String
        public var runs: [String]
        var check: Check?
        /// The folder a relative `pipeline` path resolves against: the course folder for a
        /// course's bank, the bank file's folder for a bank named by path; `nil` for built-in banks.
        public var folder: String? = nil

        public init(pipeline: String, runs: [String], check: Check? = nil) {
            self.pipeline = pipeline
            self.runs = runs
            self.check = check
        }
    }

    public var id: String
    public var kind: Kind
    public var stem: String
    public var options: [Option]
    /// What counts as right, in the question's own terms (see `Question.Key`).
    public var key: Key
    public var hint: String?
    public var solution: Solution?
    public var mistakes: [String]
    public var tags: [String]
    public var difficulty: String?
    public var source: String?
    public var trace: Trace?
    /// False keeps the options in the written order ("A: step 6 / B: step 4 …" stays meaningful).
    var shuffle: Bool
    public var location: SourceLocation

    /// The bank keys of the right options: one for `single` and `true_false`, several for
    /// `multiple`, none for a typed answer.
    public var rightKeys: [String] {
        switch key {
        case .option(let key): return [key]
        case .options(let keys): return keys
        case .number, .text: return []
        }
    }

    /// The right option of a one-answer question.
    var correctOption: Option? {
        guard case .option(let key) = key else { return nil }
        return options.first { $0.key == key }
    }
}
