/// A block of a lesson's Markdown.
public enum MarkdownBlock: Equatable, Sendable {
    case heading(level: Int, text: String)
    case paragraph(String)
    case list(ordered: Bool, items: [String])
    case code(info: String, text: String)
    case table(TextTable)
    case quote(String)
    /// A "before reading on" prediction: a blockquote opening `**Predict:**` with `- A) …`
    /// options and an `Answer: B` line.
    case prediction(Prediction)
    case rule
}

/// A question a lesson asks before it explains, so the learner commits to a guess.
public struct Prediction: Equatable, Sendable {
    var question: String
    public var options: [(key: String, text: String)]
    public var answer: String

    public static func == (lhs: Prediction, rhs: Prediction) -> Bool {
        lhs.question == rhs.question && lhs.answer == rhs.answer
            && lhs.options.map(\.key) == rhs.options.map(\.key) && lhs.options.map(\.text) == rhs.options.map(\.text)
    }

    /// Whether a typed guess (`b`, `B`, `B)`) is the right option.
    public func isCorrect(_ guess: String) -> Bool {
        guess.trimmingCharacters(in: .whitespaces).uppercased().prefix(1) == answer.uppercased()
    }
}
