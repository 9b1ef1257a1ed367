import PipelineKit

/// Wraps prose to a width on word boundaries.
enum TextWrapper {
    /// Wraps each paragraph of `text` to `width` columns, every line indented by `indent`.
    ///
    /// With `hanging`, lines after the first of a paragraph are indented that many columns
    /// more, so a list marker such as `A)` or `1.` stands out:
    ///
    ///     A) The first line of an option
    ///        and the rest of it.
    ///
    /// Words are what `separator` divides; a line breaks only between them. With the default
    /// separator, a space, the words are `TextWidth.tokens(of:)`: `--lr 0.01`, `(314 µs)` and
    /// `${{ … }}` stay whole. A word wider than the line overflows it rather than being cut.
    static func wrap(_ text: String, width: Int, indent: Int, hanging: Int = 0, separator: String = " ") -> String {
        let firstPad = String(repeating: " ", count: indent)
        let restPad = String(repeating: " ", count: indent + hanging)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var pad = firstPad
            let words = separator == " " ? TextWidth.tokens(of: paragraph) : paragraph.components(separatedBy: separator).filter { !$0.isEmpty }
            for word in words {
                if !line.isEmpty, pad.count + TextWidth.of(line) + separator.count + TextWidth.of(word) > width {
                    lines.append(pad + line)
                    line = ""
                    pad = restPad
                }
                line += (line.isEmpty ? "" : separator) + word
            }
            lines.append(pad + line)
        }
        return lines.joined(separator: "\n")
    }

    /// Wraps a list item so its continuation lines start under the text after `marker`.
    static func wrapItem(marker: String, _ text: String, width: Int, indent: Int) -> String {
        wrap("\(marker) \(text)", width: width, indent: indent, hanging: marker.count + 1)
    }

    /// Wraps text that continues a label `column` characters wide: the first line goes on
    /// after the label, later lines start under it.
    static func continuing(after column: Int, _ text: String, width: Int, separator: String = " ") -> String {
        String(wrap(text, width: width, indent: column, separator: separator).dropFirst(column))
    }
}
