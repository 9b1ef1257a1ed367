/// A problem with a question bank or the questions chosen from it.
public enum QuizError: Error, Equatable, Sendable {
    case invalidBank(Diagnostic)
    case unknownBank(id: String, available: [String])
    case noQuestions(filter: String)
    /// A bank file with errors the linter finds: it is not run.
    case bankFailsLint(file: String, errors: Int)

    public var diagnostic: Diagnostic {
        switch self {
        case .invalidBank(let diagnostic):
            return diagnostic
        case .unknownBank(let id, let available):
            let hint = NameSuggester.hint(for: id, in: available, then: "banks: " + available.joined(separator: ", ") + "; or pass a path to a bank file")
            return Diagnostic(.error, "no question bank '\(id)'", hint: hint)
        case .bankFailsLint(let file, let errors):
            return Diagnostic(.note, "the bank '\(file)' has \(errors) error\(errors == 1 ? "" : "s") (above), so none of its questions is asked",
                              hint: "fix the errors (warnings may stay), then check the bank with: \(UserAction.lintQuizBank(file: file))" as Hint)
        case .noQuestions(let filter):
            return Diagnostic(.error, "no question matches \(filter)", hint: "list the banks and their questions with: \(UserAction.listQuizBanks)" as Hint)
        }
    }
}
