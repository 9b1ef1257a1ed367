import Foundation

/// Reads a lesson file: YAML front matter between `---` lines, then Markdown.
public enum LessonLoader {
    static let fields = ["id", "title", "topic", "mode", "order", "minutes", "pipelines", "quiz", "seeds"]
    static let required = ["id", "title", "topic", "mode", "order"]

    /// Parses one lesson; reports every front matter problem together.
    public static func load(text: String, file: String) throws(DiagnosticError) -> Lesson {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) }) == "---" else {
            throw DiagnosticError(LessonError.missingFrontMatter(file: file).diagnostic)
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            throw DiagnosticError(LessonError.unterminatedFrontMatter(file: file).diagnostic)
        }
        // Keep line numbers: blank out the opening line instead of dropping it.
        let header = ([""] + lines[1..<close].map(String.init)).joined(separator: "\n")
        let node: YAMLNode?
        do {
            node = try YAMLReader.parse(header, file: file)
        } catch {
            throw DiagnosticError(error.diagnostic)
        }
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let entries = node?.entries, let node else {
            throw DiagnosticError(LessonError.missingField(field: "id", file: file, at: start).diagnostic)
        }
        var problems: [Diagnostic] = []
        for entry in entries where !fields.contains(entry.key.text) {
            problems.append(LessonError.unknownField(field: entry.key.text, suggestion: NameSuggester.closest(to: entry.key.text, in: fields),
                                                     at: entry.key.location).diagnostic)
        }
        for field in required where node[field] == nil {
            problems.append(LessonError.missingField(field: field, file: file, at: start).diagnostic)
        }
        func textField(_ field: String) -> String {
            guard let value = node[field] else { return "" }
            guard let scalar = value.scalar, !scalar.isNull else {
                problems.append(LessonError.invalidField(field: field, expected: "text", at: value.location).diagnostic)
                return ""
            }
            return scalar.text
        }
        func listField(_ field: String) -> [String] {
            guard let value = node[field] else { return [] }
            if let scalar = value.scalar { return scalar.isNull ? [] : [scalar.text] }
            guard let items = value.items, items.allSatisfy({ $0.scalar != nil }) else {
                problems.append(LessonError.invalidField(field: field, expected: "a name or a list of names such as [train-lr]", at: value.location).diagnostic)
                return []
            }
            return items.compactMap { $0.scalar?.text }
        }
        func numberField(_ field: String) -> Int? {
            guard let value = node[field] else { return nil }
            guard let number = value.scalar.flatMap({ Int($0.text) }) else {
                problems.append(LessonError.invalidField(field: field, expected: "a whole number", at: value.location).diagnostic)
                return nil
            }
            return number
        }
        let lesson = Lesson(
            id: textField("id"), title: textField("title"), topic: textField("topic"), mode: textField("mode"), order: numberField("order") ?? 0,
            minutes: numberField("minutes"), pipelines: listField("pipelines"), quiz: listField("quiz"), seeds: listField("seeds"),
            body: lines[(close + 1)...].joined(separator: "\n"), bodyLine: close + 2, file: file,
            fieldLocations: Dictionary(entries.map { entry in (entry.key.text, entry.value.items?.map(\.location) ?? [entry.value.location]) },
                                       uniquingKeysWith: { first, _ in first }))
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return lesson
    }
}
