/// How each variable changes from run to run: `Variable | Start | After Run 1 | … | Final`.
/// Rows are the parameters, then the runs' outputs; a variable with no value yet is `undefined`.
public struct VariableTracker: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var variable: String
        /// Start, one value per run, then Final.
        public var values: [String]
    }

    public var columns: [String]
    public var rows: [Row]

    public static let undefined = "undefined"

    /// Outputs that describe how a step worked rather than what a run produced; the tracker
    /// leaves them out so the rows stay the ones a learner compares.
    public static let detailOutputs: Set<String> = ["updates", "train_rows", "validation_rows", "rows"]

    /// Whether an output is one of a run's key results (`final_loss`, `model_version`, …).
    public static func isKeyOutput(_ name: String) -> Bool { !detailOutputs.contains(name) }

    /// - Complexity: O(v · r) for v variables over r runs.
    public static func make(_ definition: PipelineDefinition, results: [RunResult]) -> VariableTracker {
        let columns = ["Start"] + results.indices.map { "After Run \($0 + 1)" } + ["Final"]
        var rows: [Row] = []
        for parameter in definition.parameters {
            var current = undefined
            var values = [current]
            for result in results {
                if let resolved = result.parameters.first(where: { $0.name == parameter.name }), resolved.value != nil {
                    current = resolved.displayValue
                }
                values.append(current)
            }
            rows.append(Row(variable: parameter.name, values: values + [current]))
        }
        var outputNames: [String] = []
        for result in results {
            for output in result.outputs where !outputNames.contains(output.name) && isKeyOutput(output.name) { outputNames.append(output.name) }
        }
        for name in outputNames {
            var current = undefined
            var values = [current]
            for result in results {
                if let value = result.output(name) { current = value }
                values.append(current)
            }
            rows.append(Row(variable: name, values: values + [current]))
        }
        return VariableTracker(columns: columns, rows: rows)
    }

    /// The tracker as it stood after `runs` finished runs (for a replay paused mid-session):
    /// `Start` and one `After Run N` column per finished run, nothing for a run under way.
    public func prefix(runs: Int) -> VariableTracker {
        let kept = min(runs, columns.count - 2)
        return VariableTracker(columns: Array(columns.prefix(kept + 1)),
                               rows: rows.map { Row(variable: $0.variable, values: Array($0.values.prefix(kept + 1))) })
    }
}
