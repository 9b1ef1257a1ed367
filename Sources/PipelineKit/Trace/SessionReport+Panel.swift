// MARK: - The replay panel

extension SessionReport {
    /// Every tracked variable's value at a row of the execution table, as known at that row of
    /// that run: the run's own parameter values, and only the outputs its rows up to this one
    /// produced (a step skipped, failed or not run by then says so). Nothing comes from
    /// another run. Before any run, everything is `undefined`.
    ///
    /// - Parameter number: the 1-based row.
    /// - Complexity: O(r + v) for r rows and v variables.
    public func panel(atRow number: Int) -> [(variable: String, value: String)] {
        let rows = table.rows
        guard (1...rows.count).contains(number), let run = rows[number - 1].run else {
            return tracker.rows.map { ($0.variable, VariableTracker.undefined) }
        }
        let played = rows[..<number].filter { $0.run == run }
        let produced = played.flatMap(\.outputs)
        let stepsPassed = Set(played.compactMap { row -> String? in
            [.stepSkipped, .stepFailed, .stepDiverged, .stepNotRun].contains(row.kind) ? row.stepName : nil
        })
        let finished = played.contains { [.pipelineCompleted, .pipelineFailed, .pipelineCancelled].contains($0.kind) }
        return tracker.rows.map { row in
            let value = run < row.values.count - 1 ? row.values[run] : VariableTracker.undefined
            switch row.kind {
            case .parameter:
                return (row.variable, value)
            case .output:
                if let output = produced.last(where: { $0.name == row.variable }) { return (row.variable, output.value) }
                // Why the run has no value (skipped, not run, …) is known once the step's row, or the run's end, has played.
                let explained = value != VariableTracker.undefined && (finished || producers[row.variable].map(stepsPassed.contains) == true)
                return (row.variable, explained ? value : VariableTracker.undefined)
            }
        }
    }

    /// The step that produces each output, from the rows that produced it.
    private var producers: [String: String] {
        var found: [String: String] = [:]
        for row in table.rows {
            for output in row.outputs where found[output.name] == nil { found[output.name] = row.stepName }
        }
        return found
    }
}
