import PipelineKit

/// A problem with the letters given to `quiz --answers`.
enum AnswerListError: Error, Equatable {
    case wrongCount(given: Int, expected: Int)
    case notAnOption(text: String, position: Int, keys: [String])
    /// An answer that does not fit its question's type: `expected` says what would.
    case notAnAnswer(text: String, position: Int, expected: String)

    var diagnostic: Diagnostic {
        switch self {
        case .wrongCount(let given, let expected):
            let advice = "give one letter per question, in order, separated by commas (use - to skip one)"
            return Diagnostic(.error, "--answers gives \(given) answer\(given == 1 ? "" : "s") for \(expected) question\(expected == 1 ? "" : "s")",
                              hint: advice + (given < expected && given > 0 ? ", or add --count \(given) to answer only the first \(given)" : ""))
        case .notAnOption(let text, let position, let keys):
            return Diagnostic(.error, "answer \(position) '\(text)' is not an option", hint: "use a letter (\(keys.joined(separator: ", "))), a number, or - to skip")
        case .notAnAnswer(let text, let position, let expected):
            return Diagnostic(.error, "answer \(position) '\(text)' does not answer question \(position)", hint: "question \(position) takes \(expected), or - to skip")
        }
    }
}
