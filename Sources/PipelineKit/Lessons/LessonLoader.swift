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
        var decoder = NodeDecoder(shapeHint: "see lessons/README.md for the front matter keys")
        guard let node else {
            decoder.report(.missingKey(key: "id", context: "the front matter", example: "id: …"), at: start)
            throw DiagnosticError(decoder.problems)
        }
        guard let entries = decoder.mapping(node, what: "front matter keys such as 'id: intro'") else { throw DiagnosticError(decoder.problems) }
        decoder.checkKeys(entries, allowed: fields, context: "the front matter")
        for field in required {
            _ = decoder.required(field, in: node, context: "the front matter", example: "\(field): …", at: start)
        }
        func textField(_ field: String) -> String {
            decoder.text(node[field], key: field) ?? ""
        }
        func listField(_ field: String) -> [String] {
            decoder.texts(node[field], key: field, what: "a name or a list of names such as [train-lr]", item: "a name", allowsOne: true).map(\.text)
        }
        func numberField(_ field: String) -> Int? {
            decoder.wholeNumber(node[field], key: field)
        }
        let lesson = Lesson(
            id: textField("id"), title: textField("title"), topic: textField("topic"), mode: textField("mode"), order: numberField("order") ?? 0,
            minutes: numberField("minutes"), pipelines: listField("pipelines"), quiz: listField("quiz"), seeds: listField("seeds"),
            body: lines[(close + 1)...].joined(separator: "\n"), bodyLine: close + 2, file: file,
            fieldLocations: Dictionary(entries.map { entry in (entry.key.text, entry.value.items?.map(\.location) ?? [entry.value.location]) },
                                       uniquingKeysWith: { first, _ in first }))
        guard decoder.problems.isEmpty else { throw DiagnosticError(decoder.problems) }
        return lesson
    }
}
