/// Measuring, padding and wrapping text by the columns it takes in a terminal: most
/// characters take one column, East Asian wide characters and emoji take two.
public enum TextWidth {
    /// U+E000, which the executable puts where ESC will be (a private-use character, with a
    /// number of its own after it): a sequence it starts takes no columns either.
    static let escapeIntroducer: Unicode.Scalar = "\u{E000}"

    /// Terminal columns taken by `text` (ANSI escape sequences take none).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" || scalar == Self.escapeIntroducer {
                inEscape = true
                continue
            }
            width += columns(of: scalar)
        }
        return width
    }

    private static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return 1 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark || value == 0x200D || (0xFE00...0xFE0F).contains(value) {
            return 0
        }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian wide characters and emoji: two columns each.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]

    static func longestLine(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { of($0) }.max() ?? 0
    }

    /// The widest unbreakable token of `text` (see `tokens(of:)`).
    static func longestToken(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { tokens(of: $0) }.map { of($0) }.max() ?? 0
    }

    /// `text` padded with spaces to `width` columns, on the left when `right` is set.
    static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return right ? padding + text : text + padding
    }

    /// Lines of at most `width` columns, broken only between tokens (see `tokens(of:)`): a
    /// token is never cut, so one wider than the line stands alone on its line and overflows
    /// it. Line breaks in the text are kept.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for token in tokens(of: paragraph) {
                let tokenWidth = of(token)
                if lineWidth > 0, lineWidth + 1 + tokenWidth > limit {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line += (lineWidth > 0 ? " " : "") + token
                lineWidth += (lineWidth > 0 ? 1 : 0) + tokenWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// The pieces of one line that wrapping keeps whole: words between spaces, with a few
    /// groups glued into one token because a reader copies them together: a placeholder
    /// `${{ parameters.lr }}`, a short parenthesised group `(314 µs)`, and an option with its
    /// value `--lr 0.01` (a value is a word that does not start with `-`).
    ///
    /// - Complexity: O(n) in the length of the line.
    public static func tokens<S: StringProtocol>(of line: S) -> [String] {
        let words: [String] = String(line).split(separator: " ").map { String($0) }
        var tokens: [String] = []
        var index = 0
        let shown = words.map(visible)
        while index < words.count {
            var token = words[index]
            let start = index
            index += 1
            if shown[start].hasPrefix("${{"), !shown[start].hasSuffix("}}") {
                while index < words.count {
                    token += " " + words[index]
                    index += 1
                    if shown[index - 1].hasSuffix("}}") { break }
                }
            } else if shown[start].hasPrefix("("), !shown[start].hasSuffix(")"),
                      let close = shown[index...].prefix(3).firstIndex(where: { $0.hasSuffix(")") }) {
                let group = words[start...close].joined(separator: " ")
                if of(group) <= 20 {
                    token = group
                    index = close + 1
                }
            } else if isOption(shown[start]), index < words.count, !shown[index].hasPrefix("-"), shown[index].count <= 40 {
                token += " " + words[index]
                index += 1
            }
            tokens.append(token)
        }
        return tokens
    }

    /// `text` without its ANSI escape sequences.
    private static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{1B}" || $0 == Self.escapeIntroducer }) else { return text }
        var out = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" || scalar == Self.escapeIntroducer {
                inEscape = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `--lr`, `--batch-size`, `-p`: an option that a value may follow.
    private static func isOption(_ word: String) -> Bool {
        let body = word.hasPrefix("--") ? word.dropFirst(2) : word.hasPrefix("-") ? word.dropFirst() : Substring("")
        guard let first = body.first, first.isLetter, !body.contains("=") else { return false }
        return body.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
