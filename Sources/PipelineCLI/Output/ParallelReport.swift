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
        return TextWrapper.wrap(heading, width: width, indent: 0) + "\n\n" + table.renderText(width: width, style: .plain)
            + "\n" + TextWrapper.wrap(prose, width: width, indent: 0) + "\n"
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
