/// Reads `lessons/required-sections.json`: the seed sections some lesson must cover.
public enum RequiredSections {
    /// The keys of each section, every one required.
    static let keys = ["seed", "section", "lesson", "heading"]

    /// Every section, or an error listing every problem.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> [LessonLinter.RequiredSection] {
        let root: YAMLNode
        do { root = try JSONReader.parse(text, file: file) } catch { throw DiagnosticError(error.diagnostic) }
        let example = "{\"seed\": …, \"section\": …, \"lesson\": …, \"heading\": …}"
        var decoder = NodeDecoder(dialect: .json, shapeHint: Hint("write [\(example)]"))
        var sections: [LessonLinter.RequiredSection] = []
        for item in decoder.list(root, what: "a list of sections") ?? [] {
            guard let entries = decoder.mapping(item, what: "a section such as \(example)") else { continue }
            decoder.checkKeys(entries, allowed: keys, context: "a required section")
            let values = keys.compactMap { decoder.requiredText($0, in: item, context: "this required section", example: "\"\($0)\": \"…\"") }
            guard values.count == keys.count else { continue }
            sections.append(LessonLinter.RequiredSection(seed: values[0], section: values[1], lesson: values[2], heading: values[3]))
        }
        guard decoder.problems.isEmpty else { throw DiagnosticError(decoder.problems) }
        return sections
    }
}
