// MARK: - Records: the layout for a table too wide for its terminal

extension TextTable {
    /// The table as one record per row (as `psql \x` and `kubectl describe` show them): a
    /// heading line naming the row by its first cell, then one `Title  value` line per other
    /// field, values wrapped between tokens under themselves. Used when the columns' longest
    /// tokens cannot stand side by side, so no token is ever cut.
    func renderRecords(width: Int, style: TableStyle) -> String {
        let titles = columns.map(\.title)
        guard let first = titles.first else { return "" }
        let labelWidth = min(titles.dropFirst().map { TextWidth.of($0) }.max() ?? 0, max(8, width / 3))
        let rule = style == .box ? "─" : "-"
        var out = ""
        for (index, row) in normalizedRows.enumerated() {
            if index > 0 { out += "\n" }
            let name = [first, row[0]].filter { !$0.isEmpty }.joined(separator: " ").replacingOccurrences(of: "\n", with: " ")
            let heading = rule + rule + "[ " + name + " ]"
            out += heading + String(repeating: rule, count: max(2, min(width, 40) - TextWidth.of(heading))) + "\n"
            for (title, value) in zip(titles.dropFirst(), row.dropFirst()) {
                out += field(title, value, labelWidth: labelWidth, width: width)
            }
        }
        return out
    }

    /// One `Title  value` line, the value's continuation lines indented under it; a title
    /// longer than the label column puts the value on the lines below.
    private func field(_ title: String, _ value: String, labelWidth: Int, width: Int) -> String {
        let indent = labelWidth + 2
        let lines = TextWidth.wrap(value, width: width - indent)
        let pad = String(repeating: " ", count: indent)
        if TextWidth.of(title) > labelWidth {
            return title + "\n" + lines.map { pad + $0 }.joined(separator: "\n") + "\n"
        }
        return TextWidth.pad(title, to: labelWidth) + "  " + lines.enumerated().map { ($0 == 0 ? "" : pad) + $1 }.joined(separator: "\n")
            .trimmingTrailingSpaces() + "\n"
    }
}
