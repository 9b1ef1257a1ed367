import PipelineKit

/// What `pipeline bench` prints for measured workloads, in each format.
enum BenchOutput {
    static func render(_ reports: [BenchReport], format: OutputFormat, quick: Bool, terminal: Terminal) -> String {
        switch format {
        case .json:
            if reports.count == 1, let only = reports.first { return only.json() }
            return "{\"workloads\": [\n" + reports.map { $0.json().trimmingCharacters(in: .newlines) }.joined(separator: ",\n") + "\n]}\n"
        case .csv: return reports.map { $0.csv() }.joined(separator: "\n")
        case .markdown: return reports.map { $0.markdown() }.joined(separator: "\n")
        default: break
        }
        var out = ""
        for report in reports {
            let workload = BenchWorkload(rawValue: report.workload)
            out += "\(report.workload): \(workload?.summary ?? "")\n\n" + report.text() + "\n"
            if reports.count == 1 { out += report.chart(width: min(terminal.width, 100) - 8) + "\n" }
            if workload == .params, let first = report.points.first, let last = report.points.last, last.n > first.n {
                let each = (last.medianSeconds - first.medianSeconds) / Double(last.n - first.n)
                out += "Resolving the parameters is O(P) but small: about \(TimeFormat.human(max(0, each))) per parameter, "
                    + "next to \(TimeFormat.human(first.medianSeconds)) for the steps' work. Parameters configure steps; they do not repeat them.\n\n"
            }
            if workload == .overhead, let last = report.points.last {
                out += "Engine cost per no-op step at n = \(last.n): \(TimeFormat.human(last.medianSeconds / Double(last.n))) (resolution, rendering, trace recording).\n\n"
            }
        }
        if reports.count > 1 { out += lessonComparison(reports, terminal: terminal) }
        return out
    }

    /// The growth tables of lessons 4 and 6 (10, 100, 1000 → operations) beside what was measured here.
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
        out += TextTable(columns: columns, rows: rows).renderText(width: terminal.tableWidth, style: terminal.stdoutIsTerminal ? .box : .ascii)
        out += "\nSide by side:\n"
        for report in reports { out += "  \(report.workload): \(report.verdictSentence)\n" }
        return out
    }
}
