import PipelineKit

/// The parallel benchmark: time, speedup and efficiency for each number of workers, and what
/// a pipeline with dependencies can gain at most (its critical path).
struct ParallelReport {
    struct Row {
        var n: Int
        var workers: Int
        var medianSeconds: Double
        var speedup: Double
        var efficiency: Double { speedup / Double(workers) }
    }

    var rows: [Row]
    var cores: Int
    var platformSteps: Int
    var platformCriticalPath: Int

    func text(width: Int) -> String {
        let table = TextTable(
            columns: [TextTable.Column(title: "n", alignment: .right), TextTable.Column(title: "workers", alignment: .right),
                      TextTable.Column(title: "median", alignment: .right), TextTable.Column(title: "speedup", alignment: .right),
                      TextTable.Column(title: "efficiency", alignment: .right)],
            rows: rows.map { [String($0.n), String($0.workers), TimeFormat.human($0.medianSeconds),
                              TimeFormat.ratio($0.speedup), "\(Int(($0.efficiency * 100).rounded()))%"] })
        let heading = "parallel: n independent steps (each 5 epochs of training) on 1 to \(rows.map(\.workers).max() ?? 1) workers; this machine has \(cores) cores."
        let prose = """
        The work is the same O(n) step executions whatever the workers; only the wall-clock time \
        shrinks, at best by the number of cores. With dependencies it shrinks less: the 'platform' \
        pipeline has \(platformSteps) steps but its longest chain of needs (its critical path) is \
        \(platformCriticalPath) steps, so even with unlimited workers a run takes at least \
        \(platformCriticalPath) steps' time, and for n models the loop stays O(n) in work.
        """
        var text = TextWrapper.wrap(heading, width: width, indent: 0) + "\n\n" + table.renderText(width: width, style: .plain)
            + "\n" + TextWrapper.wrap(prose, width: width, indent: 0) + "\n"
        if let note = unprofitableNote { text += "\n" + TextWrapper.wrap(note, width: width, indent: 0) + "\n" }
        return text
    }

    /// A sentence for the sizes where more workers did not help (speedup under ×1.1): there
    /// the run is too short for starting and coordinating workers to pay off.
    private var unprofitableNote: String? {
        let slow = rows.filter { $0.workers > 1 && $0.speedup < 1.1 }
        guard let smallest = slow.map(\.n).min(),
              let sequential = rows.first(where: { $0.n == smallest && $0.workers == 1 }) else { return nil }
        return "At n = \(smallest) the whole run takes \(TimeFormat.human(sequential.medianSeconds)) on one worker: "
            + "too little work for more workers to pay for starting and coordinating them."
    }

    func json() -> JSONValue {
        .object([
            ("workload", .string("parallel")),
            ("cores", .integer(cores)),
            ("points", .array(rows.map { row in
                .object([("n", .integer(row.n)), ("workers", .integer(row.workers)), ("median_seconds", .number(row.medianSeconds)),
                         ("speedup", .number(row.speedup)), ("efficiency", .number(row.efficiency))])
            })),
            ("critical_path", .object([("pipeline", .string("platform")), ("steps", .integer(platformSteps)), ("longest_chain", .integer(platformCriticalPath))])),
        ])
    }
}
