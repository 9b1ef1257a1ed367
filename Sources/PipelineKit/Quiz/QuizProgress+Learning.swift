import Foundation

// MARK: - Sittings: a quiz stopped part-way resumes where it stopped

extension QuizProgress {
    /// The answers given so far in a sitting that was stopped (with q, or Ctrl-C).
    public struct Sitting: Equatable, Sendable, Codable {
        /// The question ids in the order they were asked, to check it is the same sitting.
        var questions: [String]
        /// The display letter given to each question answered so far; nil for a skip.
        public var given: [String?]

        public init(questions: [String], given: [String?]) {
            self.questions = questions
            self.given = given
        }
    }

    /// The stopped sitting under `key` when it asks exactly these questions and has some left.
    public func sitting(_ key: String, questions: [String]) -> Sitting? {
        guard let sitting = sittings?[key], sitting.questions == questions, !sitting.given.isEmpty, sitting.given.count < questions.count else { return nil }
        return sitting
    }

    /// Keeps the sitting's answers so far; a finished sitting (or nil) is forgotten.
    public mutating func keep(_ sitting: Sitting?, as key: String) {
        var all = sittings ?? [:]
        if let sitting, sitting.given.count < sitting.questions.count { all[key] = sitting } else { all[key] = nil }
        sittings = all.isEmpty ? nil : all
    }
}

// MARK: - Review: the questions missed or due again (Leitner boxes)

extension QuizProgress {
    /// Days before a question in each box is asked again: box 1 at once, box 5 after two weeks.
    static let reviewIntervals = [1: 0.0, 2: 1, 3: 3, 4: 7, 5: 14]

    /// Questions answered before that are due again: missed last time, or whose box's
    /// interval has passed since they were last answered; lowest box first, then by id.
    public func dueForReview(among ids: [String], now: Date = Date()) -> [String] {
        let parser = ISO8601DateFormatter()
        return ids.filter { id in
            guard let record = questions[id] else { return false }
            if !record.lastCorrect { return true }
            guard let last = parser.date(from: record.lastAnswered) else { return true }
            let days = Self.reviewIntervals[min(5, max(1, record.box))] ?? 0
            return now.timeIntervalSince(last) >= days * 86_400
        }.sorted { (questions[$0]?.box ?? 1, $0) < (questions[$1]?.box ?? 1, $1) }
    }

    /// Notes that a lesson was read to its end.
    public mutating func markRead(_ lessonID: String, at date: Date = Date()) {
        var read = lessonsRead ?? [:]
        read[lessonID] = ISO8601DateFormatter().string(from: date)
        lessonsRead = read
    }

    public func hasRead(_ lessonID: String) -> Bool { lessonsRead?[lessonID] != nil }
}
