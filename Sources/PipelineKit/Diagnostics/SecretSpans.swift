/// Finds where secret values are written in a pipeline file or a params file, so that a line
/// quoted under an error never shows one (see `DiagnosticRenderer.secretSpans`).
public enum SecretSpans {
    /// The secret parameters a pipeline file declares and the spans of their defaults, allowed
    /// values and environment-set values; `nil` when the file does not parse.
    public static func inPipeline(_ text: String, file: String) -> (secrets: Set<String>, spans: [SecretSpan])? {
        guard let root = try? DocumentReader.parse(text, file: file) else { return nil }
        let body = root["pipeline"] ?? root
        var secrets: Set<String> = []
        var spans: [SecretSpan] = []
        for item in body["parameters"]?.items ?? [] {
            let isSecret = item["secret"]?.scalar?.text == "true" || item["type"]?.scalar?.text == "secret"
            guard isSecret else { continue }
            if let name = item["name"]?.scalar?.text { secrets.insert(name) }
            if let value = item["default"] { spans += Self.spans(of: value, in: text) }
            if let values = item["values"] { spans += Self.spans(of: values, in: text) }
        }
        for set in body["environments"]?.entries ?? [] {
            for entry in set.value.entries ?? [] where secrets.contains(entry.key.text) {
                spans += Self.spans(of: entry.value, in: text)
            }
        }
        return (secrets, spans)
    }

    /// The spans of the values given to `secrets` in a params file, or `nil` when it does not parse.
    public static func inParamsFile(_ text: String, file: String, secrets: Set<String>) -> [SecretSpan]? {
        guard !secrets.isEmpty else { return [] }
        guard let root = try? DocumentReader.parse(text, file: file) else { return nil }
        return (root.entries ?? []).filter { secrets.contains($0.key.text) }.flatMap { spans(of: $0.value, in: text) }
    }

    /// Every scalar under `node`, each from its first character to its closing quote.
    static func spans(of node: YAMLNode, in text: String) -> [SecretSpan] {
        switch node {
        case .scalar(let scalar):
            let start = scalar.location.column
            var length = max(1, scalar.text.count)
            if scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
                length = quotedLength(in: text, line: scalar.location.line, column: start) ?? length + 2
            } else if scalar.style == .literal || scalar.style == .folded {
                length = Int.max / 2
            }
            return [SecretSpan(line: scalar.location.line, columns: start..<(start + length))]
        case .sequence(let items, _):
            return items.flatMap { spans(of: $0, in: text) }
        case .mapping(let entries, _):
            return entries.flatMap { spans(of: $0.value, in: text) }
        }
    }

    /// The characters from an opening quote at `column` to its closing quote, on that line.
    private static func quotedLength(in text: String, line: Int, column: Int) -> Int? {
        guard let source = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropFirst(line - 1).first else { return nil }
        let characters = Array(source.dropFirst(column - 1))
        guard let quote = characters.first, quote == "\"" || quote == "'" else { return nil }
        var index = 1
        while index < characters.count {
            if characters[index] == "\\", quote == "\"" { index += 2; continue }
            if characters[index] == quote {
                if quote == "'", index + 1 < characters.count, characters[index + 1] == "'" { index += 2; continue }
                return index + 1
            }
            index += 1
        }
        return characters.count
    }
}
