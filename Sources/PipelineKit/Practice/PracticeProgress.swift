/// What a learner has practised by doing: predict-replay scores and fix-it exercises. Kept
/// in `practice.json` beside the quiz progress.
public struct PracticeProgress: ProgressState, Equatable {
    /// One predict replay of a session, as it stood after the last answer.
    public struct PredictionScore: Codable, Equatable, Sendable {
        /// `train-lr: learning_rate=0.01 · learning_rate=0.1`.
        public var session: String
        public var right: Int
        public var answered: Int
        /// How many predictions the replay asks.
        public var total: Int
        /// False when the replay stopped early (Ctrl-C, `q`, or too few `--answers`).
        public var finished: Bool
        /// The most right answers in any finished try of this session.
        public var bestRight: Int
        /// Increases with every save, to list the latest first.
        var order: Int
    }

    /// One exercise's history.
    public struct ExerciseRecord: Codable, Equatable, Sendable {
        public var done: Bool = false
        /// `exercise check` runs.
        public var attempts: Int = 0
        /// The highest hint tier shown.
        public var hintsUsed: Int = 0

        public init() {}
    }

    var predictions: [String: PredictionScore] = [:]
    public var exercises: [String: ExerciseRecord] = [:]

    public init() {}

    /// Records the score of the predict replay under way; called after every answer.
    public mutating func record(session: String, right: Int, answered: Int, total: Int, finished: Bool) {
        let order = (predictions.values.map(\.order).max() ?? 0) + 1
        let best = predictions[session]?.bestRight ?? 0
        predictions[session] = PredictionScore(session: session, right: right, answered: answered, total: total, finished: finished,
                                               bestRight: finished ? max(best, right) : best, order: order)
    }

    /// The predict replays, latest first.
    public var latestPredictions: [PredictionScore] {
        predictions.values.sorted { $0.order > $1.order }
    }
}
