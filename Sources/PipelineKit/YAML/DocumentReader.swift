/// Reads a YAML or JSON document into the node tree: JSON for a `.json` file (or text that
/// opens with `{` in a file that is not `.yaml`), YAML otherwise.
enum DocumentReader {
    /// The tree, or nil for an empty (or comments-only) YAML document.
    static func parse(_ text: String, file: String) throws(DiagnosticError) -> YAMLNode? {
        if isJSON(text: text, file: file) {
            do { return try JSONReader.parse(text, file: file) } catch { throw DiagnosticError(error.diagnostic) }
        }
        do { return try YAMLReader.parse(text, file: file) } catch { throw DiagnosticError(error.diagnostic) }
    }

    static func isJSON(text: String, file: String) -> Bool {
        let lowered = file.lowercased()
        if lowered.hasSuffix(".json") { return true }
        return text.drop { $0.isWhitespace }.first == "{" && !lowered.hasSuffix(".yaml") && !lowered.hasSuffix(".yml")
    }
}
