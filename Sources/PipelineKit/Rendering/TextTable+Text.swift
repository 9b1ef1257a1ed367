// MARK: - Terminal text: aligned, fitted to a width, wrapped

extension TextTable {
    /// The table as aligned text no wider than `width` columns, widths chosen by
    /// `ColumnFitter` and cells wrapped between tokens, never inside one. When the columns'
    /// longest tokens cannot stand side by side in `width`, the table is shown as records
    /// instead (`renderRecords`): one `name value` line per field.
    public func renderText(width: Int, style: TableStyle) -> String {
        let body = normalizedRows
        let count = columns.count
        guard count > 0 else { return "" }
        let frame = style == .plain ? 2 * (count - 1) : 3 * count + 1
        guard let widths = ColumnFitter(cells: (0..<count).map { index in [columns[index].title] + body.map { $0[index] } })
            .widths(available: width - frame) else { return renderRecords(width: width, style: style) }
        var out = ""
        let glyphs = Glyphs(style)
        if style != .plain { out += glyphs.rule(widths, left: glyphs.topLeft, middle: glyphs.topMiddle, right: glyphs.topRight) }
        out += line(columns.map(\.title), widths: widths, glyphs: glyphs, style: style)
        out += style == .plain
            ? widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            : glyphs.rule(widths, left: glyphs.middleLeft, middle: glyphs.cross, right: glyphs.middleRight)
        for row in body { out += line(row, widths: widths, glyphs: glyphs, style: style) }
        if style != .plain { out += glyphs.rule(widths, left: glyphs.bottomLeft, middle: glyphs.bottomMiddle, right: glyphs.bottomRight) }
        return out
    }

    /// One table row, as many terminal lines as its tallest wrapped cell needs. Cells of
    /// several lines (one parameter per line) stay aligned line by line: the lines at the same
    /// position in each cell start on the same terminal line.
    private func line(_ cells: [String], widths: [Int], glyphs: Glyphs, style: TableStyle) -> String {
        let paragraphs = cells.map { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        var wrapped = Array(repeating: [String](), count: cells.count)
        for position in 0..<(paragraphs.map(\.count).max() ?? 1) {
            let pieces = paragraphs.enumerated().map { index, lines in
                position < lines.count ? TextWidth.wrap(String(lines[position]), width: widths[index]) : []
            }
            let tallest = pieces.map(\.count).max() ?? 0
            for index in pieces.indices {
                wrapped[index] += pieces[index] + Array(repeating: "", count: tallest - pieces[index].count)
            }
        }
        let height = wrapped.map(\.count).max() ?? 1
        var out = ""
        for lineIndex in 0..<height {
            let parts = wrapped.enumerated().map { index, lines -> String in
                let text = lineIndex < lines.count ? lines[lineIndex] : ""
                return TextWidth.pad(text, to: widths[index], right: columns[index].alignment == .right)
            }
            if style == .plain {
                out += parts.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            } else {
                out += glyphs.vertical + " " + parts.joined(separator: " \(glyphs.vertical) ") + " " + glyphs.vertical + "\n"
            }
        }
        return out
    }
}

/// The characters a table style draws with.
private struct Glyphs {
    var horizontal, vertical: String
    var topLeft, topMiddle, topRight, middleLeft, cross, middleRight, bottomLeft, bottomMiddle, bottomRight: String

    init(_ style: TableStyle) {
        if style == .box {
            (horizontal, vertical) = ("─", "│")
            (topLeft, topMiddle, topRight) = ("┌", "┬", "┐")
            (middleLeft, cross, middleRight) = ("├", "┼", "┤")
            (bottomLeft, bottomMiddle, bottomRight) = ("└", "┴", "┘")
        } else {
            (horizontal, vertical) = ("-", "|")
            (topLeft, topMiddle, topRight, middleLeft, cross, middleRight, bottomLeft, bottomMiddle, bottomRight) =
                ("+", "+", "+", "+", "+", "+", "+", "+", "+")
        }
    }

    func rule(_ widths: [Int], left: String, middle: String, right: String) -> String {
        left + widths.map { String(repeating: horizontal, count: $0 + 2) }.joined(separator: middle) + right + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
