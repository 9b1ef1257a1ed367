// MARK: - Terminal text: aligned, fitted to a width, wrapped

extension TextTable {
    /// The table as aligned text no wider than `width` columns (unless even the narrowest
    /// layout cannot fit), the widest columns shrunk first and their cells wrapped on words.
    ///
    /// - Complexity: O(c · w + n) for c cells, shrinking steps w and n characters.
    public func renderText(width: Int, style: TableStyle) -> String {
        let body = normalizedRows
        let count = columns.count
        guard count > 0 else { return "" }
        let natural = (0..<count).map { index in
            max(TextWidth.longestLine(columns[index].title), body.map { TextWidth.longestLine($0[index]) }.max() ?? 0)
        }
        let frame = style == .plain ? 2 * (count - 1) : 3 * count + 1
        let widths = Self.fit(natural: natural, words: (0..<count).map { index in
            max(TextWidth.longestWord(columns[index].title), body.map { TextWidth.longestWord($0[index]) }.max() ?? 0)
        }, available: width - frame)
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

    /// Column widths within `available`: every column keeps at least its longest word (up to
    /// 24 columns) or its natural width if smaller, and the space left is shared in proportion
    /// to how much more each column would need.
    static func fit(natural: [Int], words: [Int], available: Int) -> [Int] {
        guard natural.reduce(0, +) > available else { return natural }
        var minimum = zip(natural, words).map { min($0, max(6, min($1, 24))) }
        // Still too wide: narrow the widest columns further (their long words will break).
        while minimum.reduce(0, +) > available, let widest = minimum.indices.max(by: { minimum[$0] < minimum[$1] }), minimum[widest] > 8 {
            minimum[widest] -= 1
        }
        let spare = available - minimum.reduce(0, +)
        guard spare > 0 else { return minimum }
        let wants = zip(natural, minimum).map { $0 - $1 }
        let totalWant = max(1, wants.reduce(0, +))
        var widths = zip(minimum, wants).map { $0 + $1 * spare / totalWant }
        // Hand out what rounding left to the columns that still want the most.
        var left = available - widths.reduce(0, +)
        while left > 0 {
            var best: Int?
            for index in widths.indices where widths[index] < natural[index] {
                let want = natural[index] - widths[index]
                if best.map({ want > natural[$0] - widths[$0] }) ?? true { best = index }
            }
            guard let index = best else { break }
            widths[index] += 1
            left -= 1
        }
        return widths
    }

    /// One table row, as many terminal lines as its tallest wrapped cell needs.
    private func line(_ cells: [String], widths: [Int], glyphs: Glyphs, style: TableStyle) -> String {
        let wrapped = cells.enumerated().map { TextWidth.wrap($1, width: widths[$0]) }
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
