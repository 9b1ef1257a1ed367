/// A `--params-file`: a YAML or JSON mapping of parameter names to values.
public struct ParamsFile: Equatable, Sendable {
    /// The name the user gave, shown as the source of its values.
    var file: String
    var entries: [YAMLEntry]

    /// Reads a params file: `learning_rate: 0.01` lines, or `{"learning_rate": 0.01}`; an
    /// optional top-level `parameters:` key wraps them.
    public static func load(text: String, file: String) throws(DiagnosticError) -> ParamsFile {
        let root = try DocumentReader.parse(text, file: file)
        guard let root else { return ParamsFile(file: file, entries: []) }
        let body = root.entries?.count == 1 ? (root["parameters"] ?? root) : root
        var decoder = NodeDecoder()
        guard let entries = decoder.mapping(body, what: "a mapping of parameter names to values in the params file",
                                            hint: "write one 'name: value' per line, for example learning_rate: 0.01") else {
            throw DiagnosticError(decoder.problems)
        }
        return ParamsFile(file: file, entries: entries)
    }
}
