/// Which values a `replay --predict` asks for, worked out from a session's execution table
/// and variable tracker.
///
/// A row is asked about when it passes a new value: a trigger row for each parameter whose
/// value differs from the previous run's (every parameter in run 1), and the first row in the
/// run where a step receives such a value. At the row that ends each run, every output in the
/// variable tracker is asked for its `After Run N` cell. Secrets are never asked.
public enum PredictionPlan {
    /// The predictions for a session, in the order of the rows they come before.
    ///
    /// - Complexity: O(r · v) for r rows and v tracked variables.
    public static func make(_ report: SessionReport, results: [RunResult]) -> [ValuePrediction] {
        let rows = report.table.rows
        let tracker = report.tracker
        let parameterNames = Set(results.flatMap { $0.parameters.map(\.name) })
        var predictions: [ValuePrediction] = []
        var newInRun: [Int: Set<String>] = [:]
        var receivedInRun: [Int: Set<String>] = [:]
        for row in rows {
            guard let run = row.run else { continue }
            let result = results.indices.contains(run - 1) ? results[run - 1] : nil
            func make(_ variable: String, _ value: String, _ cell: ValuePrediction.Cell, reason: String) -> ValuePrediction {
                ValuePrediction(step: row.step, stepCount: rows.count, run: run, cell: cell, variable: variable,
                           expected: ExpectedValue(cell: value), action: row.action, reason: reason,
                           otherRuns: otherRuns(of: variable, in: tracker, except: run))
            }
            switch row.kind {
            case .pipelineTriggered:
                for (name, value) in zip(row.parameters, row.values) where value != ResolvedParameter.redacted {
                    let previous = run == 1 ? nil : trackerValue(name, in: tracker, afterRun: run - 1)
                    guard previous != value else { continue }
                    newInRun[run, default: []].insert(name)
                    let source = result?.parameters.first { $0.name == name }?.source
                    predictions.append(make(name, value, .valuePassed,
                                            reason: "\(row.position(of: rows.count)) triggers run \(run) with \(name)=\(value)" + sourceClause(source, value: value)))
                }
            case .stepStarted:
                for (name, value) in zip(row.parameters, row.values) where newInRun[run]?.contains(name) == true && receivedInRun[run]?.contains(name) != true {
                    receivedInRun[run, default: []].insert(name)
                    predictions.append(make(name, value, .valuePassed,
                                            reason: "\(row.position(of: rows.count)) belongs to run \(run), which was triggered with \(name)=\(value); every step of a run receives that run's value"))
                }
            case .pipelineCompleted, .pipelineFailed:
                for tracked in tracker.rows where !parameterNames.contains(tracked.variable) && tracked.values.indices.contains(run) {
                    let value = tracked.values[run]
                    predictions.append(make(tracked.variable, value, .tracker,
                                            reason: outputReason(tracked.variable, value: value, run: run, rows: rows)))
                }
            default:
                continue
            }
        }
        return predictions
    }

    /// The tracker's `After Run N` value of a variable.
    private static func trackerValue(_ name: String, in tracker: VariableTracker, afterRun run: Int) -> String? {
        guard let row = tracker.rows.first(where: { $0.variable == name }), row.values.indices.contains(run) else { return nil }
        return row.values[run]
    }

    private static func otherRuns(of name: String, in tracker: VariableTracker, except run: Int) -> [Int: String] {
        guard let row = tracker.rows.first(where: { $0.variable == name }) else { return [:] }
        var values: [Int: String] = [:]
        for other in 1..<max(1, row.values.count - 1) where other != run { values[other] = row.values[other] }
        return values
    }

    private static func sourceClause(_ source: ParameterSource?, value: String) -> String {
        switch source {
        case nil: return value == VariableTracker.undefined ? ": nobody passed a value and it has no default, so it is not set" : ""
        case .definitionDefault?: return ": nobody passed a value, so it takes its default from the definition"
        case .commandLine?: return ", passed for this run"
        case .environmentSet(let name)?: return ", from the environment set '\(name)'"
        case .paramsFile(let file)?: return ", from the values file \(file)"
        case .environmentVariable(let name)?: return ", read from the environment variable \(name)"
        }
    }

    private static func outputReason(_ name: String, value: String, run: Int, rows: [ExecutionTable.Row]) -> String {
        if let producer = rows.last(where: { $0.run == run && $0.kind != .pipelineCompleted && $0.outputs.contains { $0.name == name } }) {
            return "\(producer.position(of: rows.count)) (\(producer.action)) produced \(name) \(value) in run \(run); "
                + "the tracker's After Run \(run) cell holds what run \(run) produced"
        }
        if value == VariableTracker.undefined {
            return "no step of run \(run) produced \(name), so it is \(VariableTracker.undefined) after run \(run)"
        }
        let stopped = rows.first { $0.run == run && [.stepSkipped, .stepNotRun, .stepFailed].contains($0.kind) }
        return "no step of run \(run) produced \(name), so its After Run \(run) cell says why: \(value)"
            + (stopped.map { " (\($0.position(of: rows.count)): \($0.action))" } ?? "") + "; values never carry over from another run"
    }
}

extension ExecutionTable.Row {
    /// `step 7 of 9`: how replays and quizzes name a row.
    func position(of count: Int) -> String { "step \(step) of \(count)" }
}
