import Foundation
import PipelineKit

/// The interactive replay: one row at a time with a panel of current values, driven by the
/// learner's typed commands (read from the terminal, or from a script in tests).
struct ReplayStepper {
    let report: SessionReport
    let terminal: Terminal
    let style: Style
    let tableStyle: TableStyle

    func run() {
        let rows = report.table.rows
        guard !rows.isEmpty else { return }
        terminal.out.write(style.bold("Replaying \(report.pipeline)") + ": \(rows.count) steps.\n" + keys + "\n")
        var navigator = ReplayNavigator(rowCount: rows.count)
        terminal.out.write(block(row: 1))
        while true {
            terminal.out.write(style.dim("› "))
            guard let line = terminal.readLine() else { break }
            switch navigator.apply(ReplayNavigator.Command(typed: line)) {
            case .row(let number): terminal.out.write(block(row: number))
            case .tracker(let afterRow): terminal.out.write(tracker(afterRow: afterRow))
            case .help: terminal.out.write(keys + "\n")
            case .message(let text): terminal.out.write(style.yellow(text) + "\n")
            case .finished:
                terminal.out.write("\n" + report.text(width: terminal.tableWidth, style: tableStyle))
                return
            case .quit:
                terminal.out.write("Stopped at step \(navigator.current) of \(rows.count).\n")
                return
            }
        }
    }

    private var keys: String { "Keys: Enter/n next · b back · g N go to step N · t tracker · q quit" }

    /// One row as a labelled block, then the panel of values at that moment.
    func block(row number: Int) -> String {
        let row = report.table.rows[number - 1]
        let runText = row.run.map { "run \($0)" } ?? "before any run"
        var out = "\n" + style.bold("Step \(number) of \(report.table.rows.count)") + style.dim(" · \(runText)") + "\n"
        let fields = [("Action", row.action), ("Parameter", row.parameter), ("Value Passed", row.value), ("Effect", row.effect)]
        for (label, value) in fields {
            out += "  " + style.cyan(label.padding(toLength: 14, withPad: " ", startingAt: 0)) + TextWrapper.continuing(after: 16, value, width: max(36, terminal.width)) + "\n"
        }
        out += "  " + style.dim("now: ") + TextWrapper.continuing(after: 7, panel(at: number), width: terminal.width, separator: " │ ") + "\n"
        return out
    }

    /// The values of every tracked variable known at a row of its run (see `SessionReport.panel`).
    func panel(at number: Int) -> String {
        report.panel(atRow: number).map { "\($0.variable) = \($0.value)" }.joined(separator: " │ ")
    }

    private func tracker(afterRow number: Int) -> String {
        let run = report.table.rows[number - 1].run ?? 0
        let finished = report.table.rows[..<number].filter { $0.run == run && [.pipelineCompleted, .pipelineFailed, .pipelineCancelled].contains($0.kind) }
        let runs = finished.isEmpty ? max(0, run - 1) : run
        let prefix = report.tracker.prefix(runs: runs)
        let table = TextTable(columns: [TextTable.Column(title: "Variable")] + prefix.columns.map { TextTable.Column(title: $0) },
                              rows: prefix.rows.map { [$0.variable] + $0.values })
        var out = "\nVariable tracker after \(runs) run\(runs == 1 ? "" : "s")\n" + table.renderText(width: terminal.tableWidth, style: tableStyle)
        // The tracker counts finished runs only; a run under way has values the panel knows.
        if finished.isEmpty, run > 0 {
            out += "Run \(run) is under way; at this step: " + TextWrapper.continuing(after: 0, panel(at: number), width: terminal.width, separator: " │ ") + "\n"
        }
        return out
    }
}
