/// Reads `lessons/required-sections.json`: the seed sections some lesson must cover.
public enum RequiredSections {
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> [LessonLinter.RequiredSection] {
        let root: YAMLNode
        do { root = try JSONReader.parse(text, file: file) } catch { throw DiagnosticError(error.diagnostic) }
        guard let items = root.items else {
            throw DiagnosticError(Diagnostic(.error, at: root.location, "expected a list of sections", hint: "write [{\"seed\": …, \"section\": …, \"lesson\": …, \"heading\": …}]"))
        }
        var sections: [LessonLinter.RequiredSection] = []
        var problems: [Diagnostic] = []
        for item in items {
            let fields = ["seed", "section", "lesson", "heading"].map { item[$0]?.scalar?.text }
            guard let seed = fields[0], let section = fields[1], let lesson = fields[2], let heading = fields[3] else {
                problems.append(Diagnostic(.error, at: item.location, "a required section needs seed, section, lesson and heading"))
                continue
            }
            sections.append(LessonLinter.RequiredSection(seed: seed, section: section, lesson: lesson, heading: heading))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return sections
    }
}
