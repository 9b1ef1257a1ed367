/// One line of a YAML document: its number, its indentation in spaces and what follows.
struct YAMLLine: Equatable, Sendable {
    /// 1-based line number.
    var number: Int
    /// Leading spaces (tabs are not indentation).
    var indent: Int
    /// The text after the leading spaces; it may start with a tab, which is then an error
    /// where the line's indentation matters.
    var content: Substring

    /// A line holding nothing but whitespace.
    var isEmpty: Bool { content.allSatisfy(\.isYAMLWhitespace) }

    /// A line holding nothing but whitespace and an optional comment.
    var isBlank: Bool {
        let text = content.drop(while: \.isYAMLWhitespace)
        return text.isEmpty || text.first == "#"
    }

    /// A tab before the first character that is not a space.
    var hasTabIndentation: Bool { content.first == "\t" }

    /// The lines of `text`; `"\r\n"` counts as one break.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func split(_ text: String) -> [YAMLLine] {
        var lines: [YAMLLine] = []
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let content = line.drop { $0 == " " }
            lines.append(YAMLLine(number: offset + 1, indent: line.count - content.count, content: content))
        }
        return lines
    }
}

extension Character {
    /// A space or a tab: YAML's in-line whitespace.
    var isYAMLWhitespace: Bool { self == " " || self == "\t" }
}
