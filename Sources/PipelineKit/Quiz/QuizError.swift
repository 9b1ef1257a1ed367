/// A problem with a question bank, the answers given or the progress file.
public enum QuizError: Error, Equatable, Sendable {
    case invalidBank(Diagnostic)
    case unknownBank(id: String, available: [String])
    case noQuestions(filter: String)
    case badAnswers(given: Int, expected: Int)
    case badAnswer(text: String, position: Int, keys: [String])

    public var diagnostic: Diagnostic {
        switch self {
        case .invalidBank(let diagnostic):
            return diagnostic
        case .unknownBank(let id, let available):
            var hint = "banks: " + available.joined(separator: ", ") + "; or pass a path to a bank file"
            if let close = NameSuggester.closest(to: id, in: available) { hint = "did you mean '\(close)'? " + hint }
            return Diagnostic(.error, "no question bank '\(id)'", hint: hint)
        case .noQuestions(let filter):
            return Diagnostic(.error, "no question matches \(filter)", hint: "list the banks and their questions with: pipeline quiz list")
        case .badAnswers(let given, let expected):
            return Diagnostic(.error, "--answers gives \(given) answer\(given == 1 ? "" : "s") for \(expected) question\(expected == 1 ? "" : "s")",
                              hint: "give one letter per question, in order, separated by commas (use - to skip one)"
                                  + (given < expected && given > 0 ? ", or add --count \(given) to answer only the first \(given)" : ""))
        case .badAnswer(let text, let position, let keys):
            return Diagnostic(.error, "answer \(position) '\(text)' is not an option", hint: "use a letter (\(keys.joined(separator: ", "))), a number, or - to skip")
        }
    }
}
