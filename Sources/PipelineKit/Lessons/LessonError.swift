/// A problem in a lesson file or the lessons folder.
public enum LessonError: Error, Equatable, Sendable {
    case missingFrontMatter(file: String)
    case unterminatedFrontMatter(file: String)
    case notFound(id: String, available: [String])

    public var diagnostic: Diagnostic {
        switch self {
        case .missingFrontMatter(let file):
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "the lesson has no front matter",
                              hint: "start the file with a '---' line, then id:, title:, topic:, mode:, order:, then a closing '---'")
        case .unterminatedFrontMatter(let file):
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "the front matter opened with '---' is never closed",
                              hint: "add a line '---' after the last front matter field")
        case .notFound(let id, let available):
            let hint = NameSuggester.hint(for: id, in: available, then: "lessons: " + available.joined(separator: ", "))
            return Diagnostic(.error, "no lesson '\(id)'", hint: hint)
        }
    }
}
