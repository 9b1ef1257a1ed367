import Foundation

/// What a learner has answered: per question the attempts, the last result and a Leitner box
/// (1 = review soon … 5 = well known).
public struct QuizProgress: ProgressState, Equatable {
    public struct Record: Equatable, Sendable, Codable {
        public var attempts: Int
        public var correct: Int
        public var lastCorrect: Bool
        public var box: Int
        public var lastAnswered: String

        enum CodingKeys: String, CodingKey {
            case attempts, correct, box
            case lastCorrect = "last_correct"
            case lastAnswered = "last_answered"
        }
    }

    var version = 1
    public var questions: [String: Record] = [:]
    /// Quiz sittings stopped before their last question, by what was asked (see
    /// `QuizProgress+Learning.swift`). Optional so older progress files still load.
    var sittings: [String: Sitting]?
    /// Lessons read to the end: lesson id → when (ISO 8601). Optional for older files.
    var lessonsRead: [String: String]?
    /// Exams started: "bank@hash student" → how many times. Optional for older files.
    public var examAttempts: [String: Int]?

    public init() {}

    /// The key under which exam attempts at these banks by this student are counted.
    public static func examKey(banks: [QuizBank], student: String?) -> String {
        banks.map { "\($0.id)@\($0.hash)" }.joined(separator: "+") + " " + (student ?? "")
    }

    /// Notes an answer: right moves the question up a box, wrong sends it back to box 1.
    public mutating func record(_ id: String, correct: Bool, at date: Date = Date()) {
        var record = questions[id] ?? Record(attempts: 0, correct: 0, lastCorrect: false, box: 1, lastAnswered: "")
        // Counts come from a file anyone can edit: they saturate instead of overflowing.
        record.attempts = record.attempts.saturatingIncrement
        if correct { record.correct = record.correct.saturatingIncrement }
        record.lastCorrect = correct
        record.box = correct ? min(5, max(1, record.box).saturatingIncrement) : 1
        record.lastAnswered = ISO8601DateFormatter().string(from: date)
        questions[id] = record
    }

    /// Whether every one of these questions was last answered right.
    public func passed(_ ids: [String]) -> Bool {
        !ids.isEmpty && ids.allSatisfy { questions[$0]?.lastCorrect == true }
    }

    /// How many of these questions have been answered at least once.
    public func answered(_ ids: [String]) -> Int {
        ids.count { questions[$0] != nil }
    }
}

extension Int {
    /// One more, or `Int.max` when already there.
    var saturatingIncrement: Int {
        let (sum, overflow) = addingReportingOverflow(1)
        return overflow ? .max : sum
    }
}
