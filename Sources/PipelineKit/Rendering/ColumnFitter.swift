/// Chooses column widths for a table that is wider than the terminal.
///
/// Every column keeps at least its longest token (`TextWidth.tokens(of:)`: a run id, a number,
/// `name=value`, `--lr 0.01` are never cut), and the room left goes where it saves the most
/// wrapped lines: a table of short ids and one long prose column keeps the ids whole and wraps
/// the prose. When even the longest tokens do not fit side by side there is no layout, and the
/// table is shown as records instead.
struct ColumnFitter {
    /// Each column's cells, the title first.
    var cells: [[String]]
    /// The most rows looked at when weighing widths; a long table is judged by its first rows.
    var sampleLimit = 200

    /// Widths summing to at most `available`, or nil when the columns' longest tokens alone
    /// need more.
    ///
    /// - Complexity: O(c² · w² · r) for c columns, w spare columns of width and r sampled rows.
    func widths(available: Int) -> [Int]? {
        let natural = cells.map { column in column.map(TextWidth.longestLine).max() ?? 0 }
        guard natural.reduce(0, +) > available else { return natural }
        var widths = cells.indices.map { index in min(natural[index], cells[index].map(TextWidth.longestToken).max() ?? 0) }
        guard widths.reduce(0, +) <= available else { return nil }
        var left = available - widths.reduce(0, +)
        guard left > 0 else { return widths }
        // No column can grow past what is available: capping the widths weighed keeps this
        // linear in a cell's length (a 10 000-character value would otherwise be wrapped at
        // each of 10 000 widths).
        let lines = LineCounts(cells: cells.map { Array($0.prefix(sampleLimit + 1)) }, from: widths,
                               to: natural.map { min($0, max(available, 1)) })
        while left > 0, let (column, step) = bestWidening(widths, lines: lines, natural: natural, left: left) {
            widths[column] += step
            left -= step
        }
        // No widening saves a line any more: what is left goes to the columns that still want
        // the most, so the longest cells get the room to breathe.
        while left > 0, let hungriest = widths.indices.filter({ widths[$0] < natural[$0] })
            .max(by: { natural[$0] - widths[$0] < natural[$1] - widths[$1] }) {
            widths[hungriest] += 1
            left -= 1
        }
        return widths
    }

    /// The column and the number of characters to widen it by that save the most per character
    /// spent, or nil when no widening within `left` saves anything. A saved table line (a row
    /// gets shorter) weighs as much as a wrapped line in every column; saved cell lines count
    /// too, so a column of ids still widens when the prose beside it sets the row height.
    private func bestWidening(_ widths: [Int], lines: LineCounts, natural: [Int], left: Int) -> (Int, Int)? {
        let current = lines.height(widths)
        var best: (column: Int, step: Int, gain: Double)?
        for column in widths.indices where widths[column] < natural[column] {
            let others = lines.rowHeights(widths, excluding: column)
            let cellLines = lines.cellLines(column: column, width: widths[column])
            for step in 1...min(left, natural[column] - widths[column]) {
                let width = widths[column] + step
                let saved = widths.count * (current - lines.height(others: others, column: column, width: width))
                    + cellLines - lines.cellLines(column: column, width: width)
                guard saved > 0 else { continue }
                let gain = Double(saved) / Double(step)
                if best.map({ gain > $0.gain || (gain == $0.gain && widths[column] < widths[$0.column]) }) ?? true {
                    best = (column, step, gain)
                }
                break
            }
        }
        return best.map { ($0.column, $0.step) }
    }
}

/// How many lines each sampled cell wraps to at each width a column may take.
private struct LineCounts {
    /// `cells[column][width - low[column]][row]`.
    private var cells: [[[Int]]]
    private var low: [Int]
    private var rows: Int

    init(cells columns: [[String]], from low: [Int], to high: [Int]) {
        self.low = low
        rows = columns.map(\.count).max() ?? 0
        cells = columns.indices.map { column in
            (low[column]...max(low[column], high[column])).map { width in
                columns[column].map { TextWidth.wrap($0, width: width).count }
            }
        }
    }

    private func cell(column: Int, width: Int, row: Int) -> Int {
        let byWidth = cells[column]
        let atWidth = byWidth[min(max(0, width - low[column]), byWidth.count - 1)]
        return row < atWidth.count ? atWidth[row] : 1
    }

    /// Each row's height counting every column but `excluding` (pass nil to count them all).
    func rowHeights(_ widths: [Int], excluding: Int?) -> [Int] {
        (0..<rows).map { row in
            widths.indices.filter { $0 != excluding }.map { cell(column: $0, width: widths[$0], row: row) }.max() ?? 1
        }
    }

    /// The table's height when `column` takes `width` and the other columns give `others`.
    func height(others: [Int], column: Int, width: Int) -> Int {
        others.indices.reduce(0) { $0 + max(others[$1], cell(column: column, width: width, row: $1)) }
    }

    func height(_ widths: [Int]) -> Int {
        rowHeights(widths, excluding: nil).reduce(0, +)
    }

    /// The wrapped lines of every sampled cell of `column` at `width`.
    func cellLines(column: Int, width: Int) -> Int {
        (0..<rows).reduce(0) { $0 + cell(column: column, width: width, row: $1) }
    }
}
