/// A `--params-file`: a YAML or JSON mapping of parameter names to values.
public struct ParamsFile: Equatable, Sendable {
    /// The name the user gave, shown as the source of its values.
    var file: String
    var entries: [YAMLEntry]

    init(file: String, entries: [YAMLEntry]) {
        self.file = file
        self.entries = entries
    }

    /// Reads a params file: `learning_rate: 0.01` lines, or `{"learning_rate": 0.01}`; an
    /// optional top-level `parameters:` key wraps them.
    public static func load(text: String, file: String) throws(DiagnosticError) -> ParamsFile {
        let root = try DocumentReader.parse(text, file: file)
        guard let root else { return ParamsFile(file: file, entries: []) }
        let body = root.entries?.count == 1 ? (root["parameters"] ?? root) : root
        guard let entries = body.entries else {
            throw DiagnosticError(Diagnostic(
                .error, at: body.location,
                "a params file holds a mapping of parameter names to values, but this one holds \(body.kindDescription)",
                hint: "write one 'name: value' per line, for example learning_rate: 0.01"))
        }
        return ParamsFile(file: file, entries: entries)
    }
}
