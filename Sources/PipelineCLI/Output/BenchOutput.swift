import PipelineKit

/// What `pipeline bench` prints for measured workloads, in each format.
enum BenchOutput {
    /// The line a debug build's text output opens with.
    static let debugHeader = "Measured with a debug build: timings are 10–25× those of a release build. "
        + "For real figures: swift run -c release pipeline bench\n\n"

    static func render(_ reports: [BenchReport], format: OutputFormat, quick: Bool, terminal: Terminal) -> String {
        switch format {
        case .json:
            if reports.count == 1, let only = reports.first { return only.json() }
            return JSONValue.object([("workloads", .array(reports.map(\.jsonValue)))]).rendered() + "\n"
        case .csv: return reports.map { $0.csv() }.joined(separator: "\n")
        case .markdown: return reports.map { $0.markdown() }.joined(separator: "\n")
        default: break
        }
        var out = BuildConfiguration.current == .debug ? debugHeader : ""
        for (index, report) in reports.enumerated() {
            let workload = BenchWorkload(rawValue: report.workload)
            out += "\(report.workload): \(workload?.summary ?? "")\n\n" + report.text(legend: index == 0) + "\n"
            out += report.chart(width: min(terminal.width, 100) - 8) + "\n"
            if workload == .params { out += parameterCost(report) }
            if workload == .overhead, let last = report.points.last {
                out += "Engine cost per no-op step at n = \(last.n): \(TimeFormat.human(last.medianSeconds / Double(last.n))) (resolution, rendering, trace recording).\n\n"
            }
        }
        if reports.count > 1 { out += lessonComparison(reports, terminal: terminal) }
        return out
    }

    /// The params workload's cost per parameter, or that it is too small to measure: when the
    /// time from the fewest to the most parameters changes by less than the noise of the two
    /// sizes' times, a per-parameter figure would be the noise divided by n, not a cost.
    static func parameterCost(_ report: BenchReport) -> String {
        guard let first = report.points.first, let last = report.points.last, last.n > first.n else { return "" }
        let difference = last.medianSeconds - first.medianSeconds
        let noise = 2 * (first.statistics.medianAbsoluteDeviation + last.statistics.medianAbsoluteDeviation) * 1.4826
        let tail = " Parameters configure steps; they do not repeat them.\n\n"
        guard difference > noise else {
            return "Resolving the parameters costs too little to measure at these sizes: from \(first.n) to \(last.n) parameters "
                + "the time changed by less than its own noise (\(TimeFormat.human(noise))), next to "
                + "\(TimeFormat.human(first.medianSeconds)) for the steps' work." + tail
        }
        let each = difference / Double(last.n - first.n)
        return "Resolving the parameters is O(P) but small: about \(TimeFormat.human(each)) per parameter, "
            + "next to \(TimeFormat.human(first.medianSeconds)) for the steps' work." + tail
    }

    /// The growth tables of the lessons (10, 100, 1000 → operations) beside what was measured here.
    static func lessonComparison(_ reports: [BenchReport], terminal: Terminal) -> String {
        var columns = [TextTable.Column(title: "n", alignment: .right), TextTable.Column(title: "lessons: approx. operations")]
        for report in reports {
            columns.append(TextTable.Column(title: "\(report.workload): step executions", alignment: .right))
            columns.append(TextTable.Column(title: "\(report.workload): median", alignment: .right))
        }
        let rows = [10, 100, 1000].map { n -> [String] in
            var row = [String(n), "\(n) × the work of one"]
            for report in reports {
                let point = report.points.first { $0.n == n }
                row.append(point?.operations.map(String.init) ?? "—")
                row.append(point.map { TimeFormat.human($0.medianSeconds) } ?? "—")
            }
            return row
        }
        var out = "The lessons' growth tables beside this machine (lesson 4: steps; lesson 6: models):\n"
        out += TextTable(columns: columns, rows: rows).renderText(width: terminal.width, style: terminal.stdoutIsTerminal ? .box : .ascii)
        out += "\nSide by side:\n"
        for report in reports { out += "  \(report.workload): \(report.verdictSentence)\n" }
        return out
    }
}
