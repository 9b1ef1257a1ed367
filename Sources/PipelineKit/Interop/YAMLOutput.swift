/// A YAML document being written: the tree an exporter builds, rendered as block YAML that
/// both the engines and `pipeline`'s own reader accept.
indirect enum YAMLOutput: Equatable, Sendable {
    /// Text, quoted when it would otherwise read as something else.
    case string(String)
    /// A number as written (`0.01`, `32`).
    case number(String)
    case bool(Bool)
    /// Text kept on its own lines (`|`), for scripts.
    case block(String)
    case list([YAMLOutput])
    /// Keys in the order they are written.
    case map([(String, YAMLOutput)])

    static func == (lhs: YAMLOutput, rhs: YAMLOutput) -> Bool {
        lhs.rendered(indent: 0) == rhs.rendered(indent: 0)
    }

    /// The value of a parameter in its own YAML type: numbers and bools unquoted.
    static func value(_ value: ParameterValue) -> YAMLOutput {
        switch value {
        case .int(let number): return .number(String(number))
        case .float(let number): return .number(ParameterValue.format(number))
        case .bool(let flag): return .bool(flag)
        case .string(let text), .path(let text): return .string(text)
        case .list, .map: return .string(value.rendered)
        }
    }

    // MARK: - Rendering

    /// The document as block YAML, each line ending in a newline.
    func rendered(indent: Int = 0) -> String {
        var lines: [String] = []
        write(into: &lines, indent: indent)
        return lines.map { $0 + "\n" }.joined()
    }

    private func write(into lines: inout [String], indent: Int) {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .map(let entries) where !entries.isEmpty:
            // `on:` stays plain, as GitHub's documentation writes it (YAML 1.2 reads it as text).
            for (key, value) in entries { value.writeEntry(key: key == "on" ? key : Self.quoted(key), into: &lines, pad: pad, indent: indent) }
        case .list(let items) where !items.isEmpty:
            for item in items { item.writeItem(into: &lines, pad: pad, indent: indent) }
        default:
            lines.append(pad + inline)
        }
    }

    private func writeEntry(key: String, into lines: inout [String], pad: String, indent: Int) {
        switch self {
        case .map(let entries) where !entries.isEmpty:
            lines.append(pad + key + ":")
            write(into: &lines, indent: indent + 2)
        case .list(let items) where !items.isEmpty:
            lines.append(pad + key + ":")
            write(into: &lines, indent: indent + 2)
        case .block(let text):
            lines.append(pad + key + ": |" + (text.hasSuffix("\n") ? "" : "-"))
            lines += Self.blockLines(text, pad: pad + "  ")
        default:
            lines.append(pad + key + ": " + inline)
        }
    }

    private func writeItem(into lines: inout [String], pad: String, indent: Int) {
        switch self {
        case _ where isNonEmptyCollection:
            var nested: [String] = []
            write(into: &nested, indent: indent + 2)
            guard let first = nested.first else { return }
            lines.append(pad + "- " + first.dropFirst(indent + 2))
            lines += nested.dropFirst()
        case .block(let text):
            lines.append(pad + "- |" + (text.hasSuffix("\n") ? "" : "-"))
            lines += Self.blockLines(text, pad: pad + "  ")
        default:
            lines.append(pad + "- " + inline)
        }
    }

    private var isNonEmptyCollection: Bool {
        switch self {
        case .map(let entries): return !entries.isEmpty
        case .list(let items): return !items.isEmpty
        default: return false
        }
    }

    private static func blockLines(_ text: String, pad: String) -> [String] {
        var body = text
        if body.hasSuffix("\n") { body.removeLast() }
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }
    }

    /// The value on one line: a scalar, or `[]` / `{}` when empty.
    private var inline: String {
        switch self {
        case .string(let text): return Self.quoted(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .block(let text): return Self.quoted(text)
        case .list: return "[]"
        case .map: return "{}"
        }
    }

    // MARK: - Quoting

    /// Words a YAML reader (1.1 or 1.2) could take for something other than text.
    private static let specialWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ""]

    /// The text plain when every YAML reader reads it back as the same text, single-quoted otherwise.
    static func quoted(_ text: String) -> String {
        if isPlainSafe(text) { return text }
        if text.contains("'"), !text.contains("\""), !text.contains("\\"), text.allSatisfy({ $0 >= " " }) { return "\"" + text + "\"" }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        if specialWords.contains(text.lowercased()) { return false }
        guard let first = text.first, first.isLetter || first == "_" || first == "/" || first == "." || text.hasPrefix("${{") else { return false }
        if Double(text) != nil { return false }
        if text.hasSuffix(" ") || text.hasSuffix(":") || text.contains(": ") || text.contains(" #") || text.contains("  ") { return false }
        // Braces only as `${{ … }}`, which both YAML and pipeline's reader keep inside a plain value.
        let outsidePlaceholders = text.replacingOccurrences(of: "${{", with: "").replacingOccurrences(of: "}}", with: "")
        if outsidePlaceholders.contains("{") || outsidePlaceholders.contains("}") { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || "_-./ :@+=,${}'\"()!&|<>".contains($0) }
    }
}
