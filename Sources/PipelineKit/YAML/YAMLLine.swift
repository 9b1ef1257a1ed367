/// One line of a YAML document: its number, its indentation in spaces and what follows.
struct YAMLLine: Equatable, Sendable {
    /// 1-based line number.
    var number: Int
    /// Leading spaces (tabs are not indentation).
    var indent: Int
    /// The text after the leading spaces; it may start with a tab, which is then an error
    /// where the line's indentation matters.
    var content: Substring
    /// Whether the line is plain ASCII: the scanner then reads it byte by byte (one byte is one
    /// character), without grapheme breaking.
    var isASCII = false

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
        for (offset, line) in splitLines(text).enumerated() {
            let content = line.drop { $0 == " " }
            // Spaces are one byte each: the indent is the bytes dropped, not a count of the line.
            let indent = line.utf8.distance(from: line.startIndex, to: content.startIndex)
            lines.append(YAMLLine(number: offset + 1, indent: indent, content: content, isASCII: content.utf8.allSatisfy { $0 < 0x80 }))
        }
        return lines
    }

    /// The lines of `text` without their breaks. ASCII text is split byte by byte (`\n`,
    /// `\r\n`, `\r`, vertical tab and form feed, as `isNewline` has it); other text by characters.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func splitLines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        }
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0B || byte == 0x0C || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = utf8.index(after: index)
            if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
            start = index
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }
}

extension Character {
    /// A space or a tab: YAML's in-line whitespace.
    var isYAMLWhitespace: Bool { self == " " || self == "\t" }
}
