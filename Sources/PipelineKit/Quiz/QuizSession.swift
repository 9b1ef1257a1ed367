import Foundation

/// The questions of one sitting, in order, with each question's options as shown (relabelled
/// A, B, C… when shuffled), and the scoring of answers.
public struct QuizSession: Sendable {
    /// One answer given.
    public struct Answer: Equatable, Sendable {
        public var id: String
        /// What was answered, or nil when skipped.
        public var response: QuizResponse?
        public var isCorrect: Bool
    }

    public private(set) var items: [Item]
    public private(set) var answers: [Answer] = []
    /// The seed that ordered the questions and options, or nil when they keep the bank's order.
    let seed: UInt64?

    /// - Parameters:
    ///   - shuffle: shuffle the question order and, where a question allows it, its options.
    ///   - first: ids to ask first, in this order (the review queue).
    ///   - numbers: the right value of each `numeric` question whose value comes from its trace, by id.
    public init(questions: [Question], count: Int? = nil, shuffle: Bool = false, seed: UInt64 = 1, first: [String] = [],
                numbers: [String: Double] = [:]) {
        var random = SeededGenerator(seed: seed)
        self.seed = shuffle ? seed : nil
        var ordered = questions
        if shuffle { ordered.shuffle(using: &random) }
        if !first.isEmpty {
            let rank = Dictionary(first.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            let (front, rest) = (ordered.filter { rank[$0.id] != nil }, ordered.filter { rank[$0.id] == nil })
            ordered = front.sorted { (rank[$0.id] ?? 0) < (rank[$1.id] ?? 0) } + rest
        }
        if let count { ordered = Array(ordered.prefix(max(0, count))) }
        items = ordered.map { question in
            var options = question.options
            let relabel = shuffle && question.shuffle && question.kind != .trueFalse
            if relabel { options.shuffle(using: &random) }
            let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ").map(String.init)
            return Item(question: question, options: options.enumerated().map { index, option in
                (relabel && index < letters.count ? letters[index] : option.key, option.key, option)
            }, number: numbers[question.id] ?? Self.writtenNumber(question))
        }
    }

    /// Records an answer (nil to skip) to the next unanswered question.
    @discardableResult
    public mutating func answer(_ response: QuizResponse?) -> Answer? {
        guard answers.count < items.count else { return nil }
        let item = items[answers.count]
        let answer = Answer(id: item.question.id, response: response, isCorrect: response.map(item.judge) ?? false)
        answers.append(answer)
        return answer
    }

    /// The right value a `numeric` question states in the bank.
    private static func writtenNumber(_ question: Question) -> Double? {
        guard case .number(let answer) = question.key, case .value(let value) = answer.source else { return nil }
        return value
    }

    public var score: Int { answers.count { $0.isCorrect } }
    public var total: Int { items.count }
}

/// What a learner answered to one question, in the bank's terms.
public enum QuizResponse: Equatable, Sendable {
    /// The bank keys of the options chosen, in bank order (whatever letters the shuffle showed).
    case options([String])
    /// A number, with the text as typed.
    case number(Double, typed: String)
    /// A short answer as typed.
    case text(String)
}
