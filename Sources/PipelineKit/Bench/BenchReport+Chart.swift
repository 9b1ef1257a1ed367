import Foundation

extension BenchReport {
    /// The scales both charts share: n across, median seconds up, both logarithmic.
    var chartScales: (x: LogScale, y: LogScale) {
        let x = LogScale(covering: points.map { Double($0.n) }, minimumFactor: 10, padding: 0.04)
        let y = LogScale(covering: points.map(\.medianSeconds), minimumFactor: 4, padding: 0.08)
        return (x, y)
    }

    /// The reference time at `n` for growth `power` (1 for O(n), 2 for O(n²)) through the largest
    /// size's point, where growth dominates any start-up cost: the guide lines cross the data
    /// where the data are, and the chart's scale follows the data alone.
    func referenceSeconds(at n: Double, power: Double) -> Double? {
        guard let last = points.last else { return nil }
        return last.medianSeconds * pow(n / Double(last.n), power)
    }

    /// A log–log chart for the terminal, `height` lines in all: a title, the plot with time
    /// labels on the left, the n axis and its labels, and a legend. Medians are `*`, the O(n)
    /// reference through the largest size's point `.` and the O(n²) one `:`. Every line but the title
    /// and the legend (fixed texts) fits in `width` columns.
    public func chart(width: Int = 72, height: Int = 20) -> String {
        let scales = chartScales
        let plotHeight = max(3, height - 4)
        let labels = [0, plotHeight / 2, plotHeight - 1].map { row in
            (row, TimeFormat.human(scales.y.value(at: 1 - Double(row) / Double(plotHeight - 1))))
        }
        let gutter = (labels.map(\.1.count).max() ?? 0) + 1
        let plotWidth = max(10, width - gutter - 1)
        var grid = Array(repeating: Array(repeating: Character(" "), count: plotWidth), count: plotHeight)
        /// The row of `seconds`, 0 at the top, fractional; outside 0…plotHeight−1 when off the chart.
        func row(_ seconds: Double) -> Double {
            min(1e6, max(-1e6, (1 - scales.y.fraction(seconds)) * Double(plotHeight - 1)))
        }
        for (power, mark) in [(1.0, Character(".")), (2.0, Character(":"))] {
            let rows = (0..<plotWidth).map { column in
                referenceSeconds(at: scales.x.value(at: Double(column) / Double(plotWidth - 1)), power: power).map(row)
            }
            for column in 0..<plotWidth {
                guard let current = rows[column] else { continue }
                // Cover the rows a steep line crosses, halfway to each neighbour, so it shows no gaps.
                let before = column > 0 ? rows[column - 1].map { ($0 + current) / 2 } ?? current : current
                let after = column + 1 < plotWidth ? rows[column + 1].map { ($0 + current) / 2 } ?? current : current
                let top = max(0, Int(min(before, after, current).rounded()))
                let bottom = min(plotHeight - 1, Int(max(before, after, current).rounded()))
                guard top <= bottom else { continue }
                for filled in top...bottom { grid[filled][column] = mark }
            }
        }
        for point in points {
            let column = Int((scales.x.fraction(Double(point.n)) * Double(plotWidth - 1)).rounded())
            let pointRow = Int(row(point.medianSeconds).rounded())
            if (0..<plotWidth).contains(column), (0..<plotHeight).contains(pointRow) { grid[pointRow][column] = "*" }
        }

        var lines = ["median time per run against \(axisSubject) (log-log)"]
        for (row, cells) in grid.enumerated() {
            let label = labels.first { $0.0 == row }?.1 ?? ""
            lines.append(String(repeating: " ", count: gutter - 1 - label.count) + label + " |" + String(cells))
        }
        lines.append(String(repeating: " ", count: gutter) + "+" + String(repeating: "-", count: plotWidth))
        lines.append(xLabels(scale: scales.x, offset: gutter + 1, width: plotWidth))
        lines.append("* median   . O(n) through the largest size   : O(n^2) through the largest size")
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n") + "\n"
    }

    /// The n tick labels under the plot, each centred on its column, skipping any that would touch.
    private func xLabels(scale: LogScale, offset: Int, width: Int) -> String {
        var line = Array(repeating: Character(" "), count: offset + width + 8)
        var nextFree = 0
        for tick in scale.ticks(minimumCount: 2) {
            let label = Array(Self.compact(tick))
            let column = offset + Int((scale.fraction(tick) * Double(width - 1)).rounded())
            let start = max(0, min(column - label.count / 2, line.count - label.count))
            guard start >= nextFree else { continue }
            line.replaceSubrange(start..<start + label.count, with: label)
            nextFree = start + label.count + 1
        }
        let labels = String(line).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        let title = noun == "n" ? "   n" : "   n (\(noun))"
        return labels.count + title.count <= offset + width ? labels + title : labels
    }

    /// A size as a short label: `30`, `1000`, `10k`, `2.5M`.
    static func compact(_ n: Double) -> String {
        func trimmed(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        }
        if n >= 1e6 { return trimmed(n / 1e6) + "M" }
        if n >= 1e4 { return trimmed(n / 1e3) + "k" }
        return trimmed(n)
    }
}
