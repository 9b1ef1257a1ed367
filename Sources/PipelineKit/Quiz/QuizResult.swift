import Foundation

/// What one sitting produced, for a teacher to collect: which bank (id and content hash),
/// who, when, in which order, with which tool, and per question what was chosen, in the
/// bank's own keys whatever letters a shuffle showed, and whether it was right.
///
/// Written as JSON (snake_case keys) or CSV (one row per question); `quiz report`
/// reads the JSON back.
public struct QuizResult: Equatable, Sendable, Decodable {
    /// The version of this file's layout.
    static let formatVersion = 1

    /// A practice sitting (feedback after every answer) or an exam (feedback held back).
    public enum Mode: String, Equatable, Sendable, Decodable { case practice, exam }

    /// How the sitting ended.
    public enum Ending: String, Equatable, Sendable, Decodable {
        case finished
        /// The learner typed q, or input ended.
        case stopped
        /// Ctrl-C.
        case interrupted
        /// The exam's time limit passed.
        case timeUp = "time_up"
    }

    /// A bank the questions came from, as it was when the sitting ran.
    public struct BankStamp: Equatable, Sendable, Decodable, Hashable {
        public var id: String
        /// FNV-1a of the bank's text: two results with the same hash asked the same questions.
        public var hash: String

        public init(id: String, hash: String) {
            self.id = id
            self.hash = hash
        }
    }

    /// One question's result.
    public struct Entry: Equatable, Sendable, Decodable {
        public enum Outcome: String, Equatable, Sendable, Decodable { case right, wrong, skipped, unanswered }

        var id: String
        var bank: String
        /// The question's place in its bank (1-based), so a report lists questions in bank order.
        var position: Int
        var type: Question.Kind
        /// The bank keys of its options, in bank order; nil for typed answers.
        var options: [String]?
        /// The letters shown for the options chosen (they differ from `chosen` under a shuffle).
        var shown: [String]?
        /// The bank keys of the options chosen, in bank order; nil for typed answers and skips.
        var chosen: [String]?
        /// A typed answer (`numeric`, `short`) as typed.
        var response: String?
        /// What was right: bank keys, the number, or the accepted answers.
        var right: [String]
        /// The tolerance of a numeric answer.
        var tolerance: Double?
        var outcome: Outcome
        var isCorrect: Bool

        enum CodingKeys: String, CodingKey {
            case id, bank, position, type, options, shown, chosen, response, right, tolerance, outcome
            case isCorrect = "is_correct"
        }
    }

    var format = QuizResult.formatVersion
    var toolVersion: String
    var student: String?
    var mode: Mode
    var banks: [BankStamp]
    /// ISO 8601, UTC.
    var started: String
    var finished: String
    var ended: Ending
    /// The seed that ordered questions and options; nil when they kept the bank's order.
    var seed: UInt64?
    var score: Int
    var total: Int
    var questions: [Entry]

    enum CodingKeys: String, CodingKey {
        case format, student, mode, banks, started, finished, ended, seed, score, total, questions
        case toolVersion = "tool_version"
    }
}

// MARK: - Making one from a session

extension QuizResult {
    /// The result of `session` so far: every question asked, answered or not.
    /// - Parameter banks: the banks the questions came from, in order.
    public init(session: QuizSession, banks: [QuizBank], student: String?, mode: Mode,
         started: Date, finished: Date, ended: Ending, toolVersion: String) {
        let stamp = ISO8601DateFormatter()
        self.toolVersion = toolVersion
        self.student = student
        self.mode = mode
        self.banks = banks.map(\.stamp)
        var places: [String: (bank: String, position: Int)] = [:]
        for bank in banks { for (index, question) in bank.questions.enumerated() where places[question.id] == nil { places[question.id] = (bank.id, index + 1) } }
        self.started = stamp.string(from: started)
        self.finished = stamp.string(from: finished)
        self.ended = ended
        seed = session.seed
        score = session.score
        total = session.total
        questions = session.items.enumerated().map { index, item in
            let answer = index < session.answers.count ? session.answers[index] : nil
            let place = places[item.question.id]
            return Entry(item: item, answer: answer, bank: place?.bank ?? "", position: place?.position ?? index + 1)
        }
    }
}

extension QuizResult.Entry {
    init(item: QuizSession.Item, answer: QuizSession.Answer?, bank: String, position: Int) {
        id = item.question.id
        self.bank = bank
        self.position = position
        type = item.question.kind
        options = type.hasOptions ? item.question.options.map(\.key) : nil
        switch item.question.key {
        case .option, .options: right = item.question.rightKeys
        case .number(let number):
            right = item.number.map { [QuizResult.numberText($0)] } ?? []
            tolerance = number.tolerance
        case .text(let accepted): right = accepted
        }
        switch answer?.response {
        case .options(let keys)?:
            chosen = keys
            shown = item.displayed(keys)
        case .number(_, let typed)?: response = typed
        case .text(let text)?: response = text
        case nil: break
        }
        isCorrect = answer?.isCorrect ?? false
        outcome = answer == nil ? .unanswered : answer?.response == nil ? .skipped : isCorrect ? .right : .wrong
    }
}

extension QuizResult {
    /// A number as the result shows it: whole numbers without a point, others as Swift prints them.
    public static func numberText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
