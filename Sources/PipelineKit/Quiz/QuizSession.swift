import Foundation

/// The questions of one sitting, in order, with each question's options as shown (relabelled
/// A, B, C… when shuffled), and the scoring of answers.
public struct QuizSession: Sendable {
    /// A question as asked: its options in display order, each shown under a display letter.
    public struct Item: Sendable {
        public var question: Question
        /// The options in display order; `key` is the display letter, `original` the bank's key.
        public var options: [(key: String, original: String, option: Question.Option)]

        /// The display letter of the right option.
        public var correctKey: String { options.first { $0.original == question.answer }?.key ?? question.answer }

        /// Reads a typed answer: a letter (either case) or a 1-based number; nil when it is neither.
        public func resolve(_ typed: String) -> String? {
            let text = typed.trimmingCharacters(in: .whitespaces)
            if let number = Int(text), (1...options.count).contains(number) { return options[number - 1].key }
            return options.first { $0.key.caseInsensitiveCompare(text) == .orderedSame }?.key
        }

        public func option(displayed key: String) -> Question.Option? {
            options.first { $0.key == key }?.option
        }
    }

    /// One answer given.
    public struct Answer: Equatable, Sendable {
        public var id: String
        /// The display letter given, or nil when skipped.
        public var given: String?
        public var correct: String
        public var isCorrect: Bool { given == correct }
    }

    public private(set) var items: [Item]
    public private(set) var answers: [Answer] = []

    /// - Parameters:
    ///   - shuffle: shuffle the question order and, where a question allows it, its options.
    ///   - first: ids to ask first, in this order (the review queue).
    public init(questions: [Question], count: Int? = nil, shuffle: Bool = false, seed: UInt64 = 1, first: [String] = []) {
        var random = SeededGenerator(seed: seed)
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
            if shuffle && question.shuffle && question.kind != .trueFalse { options.shuffle(using: &random) }
            let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ").map(String.init)
            let relabel = shuffle && question.shuffle && question.kind != .trueFalse
            return Item(question: question, options: options.enumerated().map { index, option in
                (relabel && index < letters.count ? letters[index] : option.key, option.key, option)
            })
        }
    }

    /// Records an answer (a display letter, or nil to skip) to the next unanswered question.
    @discardableResult
    public mutating func answer(_ given: String?) -> Answer? {
        guard answers.count < items.count else { return nil }
        let item = items[answers.count]
        let answer = Answer(id: item.question.id, given: given, correct: item.correctKey)
        answers.append(answer)
        return answer
    }

    public var score: Int { answers.count { $0.isCorrect } }
    public var total: Int { items.count }
}
