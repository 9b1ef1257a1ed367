import Foundation

extension Question.NumericAnswer {
    /// The right number: the value written in the bank, or the output the engine tracked for
    /// that run of the question's trace (its `After Run k` cell); nil when the trace has no
    /// such number (the output is missing, skipped or not a number, or the run does not exist).
    public func value(in report: SessionReport?) -> Double? {
        switch source {
        case .value(let value): return value
        case .traceOutput(let name, let run):
            guard let report, let row = report.tracker.rows.first(where: { $0.variable == name && $0.kind == .output }),
                  run >= 1, run < row.values.count - 1 else { return nil }
            return Double(row.values[run]).flatMap { $0.isFinite ? $0 : nil }
        }
    }

    /// Why `value(in:)` found no number, in a teacher's words.
    public func missing(in report: SessionReport?) -> String {
        guard case .traceOutput(let name, let run) = source else { return "no value" }
        guard let report else { return "the question has no trace to read '\(name)' from" }
        guard let row = report.tracker.rows.first(where: { $0.variable == name && $0.kind == .output }) else {
            let outputs = report.tracker.rows.filter { $0.kind == .output }.map(\.variable)
            return "its trace produces no output '\(name)'" + (outputs.isEmpty ? "" : " (outputs: \(outputs.joined(separator: ", ")))")
        }
        let runs = row.values.count - 2
        guard run >= 1, run <= runs else { return "its trace has \(runs) run\(runs == 1 ? "" : "s"), not a run \(run)" }
        return "'\(name)' after run \(run) is '\(row.values[run])', not a number"
    }
}
