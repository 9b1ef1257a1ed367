/// Measuring, padding and wrapping text by the columns it takes in a terminal: most
/// characters take one column, East Asian wide characters and emoji take two.
public enum TextWidth {
    /// Terminal columns taken by `text` (ANSI escape sequences take none).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
                continue
            }
            width += columns(of: scalar)
        }
        return width
    }

    private static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark || value == 0x200D || (0xFE00...0xFE0F).contains(value) {
            return 0
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    static func longestLine(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { of($0) }.max() ?? 0
    }

    /// Where a word too long for its line may break: after `-`, `_` or `/`.
    static func isSoftBreak(_ character: Character) -> Bool { character == "-" || character == "_" || character == "/" }

    /// The widest piece `wrap` keeps whole: a word, or the part of a hyphenated word up to and
    /// including a hyphen (`time-and-space-complexity` is no wider than `complexity`).
    static func longestWord(_ text: String) -> Int {
        text.split { $0 == " " || $0 == "\n" }.flatMap { word in
            let pieces = word.split(omittingEmptySubsequences: false, whereSeparator: isSoftBreak)
            return pieces.indices.map { of(pieces[$0]) + ($0 < pieces.count - 1 ? 1 : 0) }
        }.max() ?? 0
    }

    /// `text` padded with spaces to `width` columns, on the left when `right` is set.
    public static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return right ? padding + text : text + padding
    }

    /// Lines of at most `width` columns: breaks at spaces, and inside a word (after a hyphen
    /// where it can) only when the word alone is wider than the line. Line breaks in the text are kept.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth > limit {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if wordWidth > limit {
                    // A word wider than the whole line: start it on a fresh line and cut it.
                    if lineWidth > 0 {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    while wordWidth > limit {
                        var head = ""
                        var headWidth = 0
                        for character in word {
                            let characterWidth = of(String(character))
                            if headWidth + characterWidth > limit, !head.isEmpty { break }
                            head.append(character)
                            headWidth += characterWidth
                        }
                        // Prefer to break after a hyphen or underscore: `time-and-space-` / `complexity`.
                        if let last = head.last, !isSoftBreak(last), let hyphen = head.lastIndex(where: isSoftBreak) {
                            head = String(head[...hyphen])
                        }
                        lines.append(head)
                        word = String(word.dropFirst(head.count))
                        wordWidth = of(word)
                    }
                }
                if word.isEmpty { continue }
                line += (lineWidth > 0 ? " " : "") + word
                lineWidth += (lineWidth > 0 ? 1 : 0) + wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
