/// A problem in a lesson file or the lessons folder.
public enum LessonError: Error, Equatable, Sendable {
    case missingFrontMatter(file: String)
    case unterminatedFrontMatter(file: String)
    case frontMatter(Diagnostic)
    case missingField(field: String, file: String, at: SourceLocation)
    case invalidField(field: String, expected: String, at: SourceLocation)
    case unknownField(field: String, suggestion: String?, at: SourceLocation)
    case notFound(id: String, available: [String])

    public var diagnostic: Diagnostic {
        switch self {
        case .missingFrontMatter(let file):
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "the lesson has no front matter",
                              hint: "start the file with a '---' line, then id:, title:, topic:, mode:, order:, then a closing '---'")
        case .unterminatedFrontMatter(let file):
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "the front matter opened with '---' is never closed",
                              hint: "add a line '---' after the last front matter field")
        case .frontMatter(let diagnostic):
            return diagnostic
        case .missingField(let field, _, let at):
            return Diagnostic(.error, at: at, "the front matter has no '\(field)'", hint: "add a line '\(field): …'")
        case .invalidField(let field, let expected, let at):
            return Diagnostic(.error, at: at, "'\(field)' must be \(expected)")
        case .unknownField(let field, let suggestion, let at):
            return Diagnostic(.error, at: at, "unknown front matter field '\(field)'",
                              hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "fields: " + LessonLoader.fields.joined(separator: ", "))
        case .notFound(let id, let available):
            var hint = "lessons: " + available.joined(separator: ", ")
            if let close = NameSuggester.closest(to: id, in: available) { hint = "did you mean '\(close)'? " + hint }
            return Diagnostic(.error, "no lesson '\(id)'", hint: hint)
        }
    }
}
