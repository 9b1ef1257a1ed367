/// Wraps prose to a width on word boundaries.
enum TextWrapper {
    /// Wraps each paragraph of `text` to `width` columns, every line indented by `indent`.
    ///
    /// With `hanging`, lines after the first of a paragraph are indented that many columns
    /// more, so a list marker such as `A)` or `1.` stands out:
    ///
    ///     A) The first line of an option
    ///        and the rest of it.
    static func wrap(_ text: String, width: Int, indent: Int, hanging: Int = 0) -> String {
        let firstPad = String(repeating: " ", count: indent)
        let restPad = String(repeating: " ", count: indent + hanging)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var pad = firstPad
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, pad.count + line.count + 1 + word.count > width {
                    lines.append(pad + line)
                    line = ""
                    pad = restPad
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(pad + line)
        }
        return lines.joined(separator: "\n")
    }

    /// Wraps a list item so its continuation lines start under the text after `marker`.
    static func wrapItem(marker: String, _ text: String, width: Int, indent: Int) -> String {
        wrap("\(marker) \(text)", width: width, indent: indent, hanging: marker.count + 1)
    }
}
