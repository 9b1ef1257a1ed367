/// How each variable changes from run to run: `Variable | Start | After Run 1 | … | Final`.
/// Rows are the parameters, then the runs' outputs. Each `After Run k` cell holds only what
/// run k received or produced, never a value carried over from an earlier run: an output a
/// run did not produce is `skipped` (its step was skipped), `not run`, `failed`, `diverged`,
/// or `undefined`. `Final` is the last run's value.
public struct VariableTracker: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        enum Kind: Equatable, Sendable {
            case parameter
            case output
        }

        public var variable: String
        /// Start, one value per run, then Final.
        public var values: [String]
        var kind: Kind = .parameter
    }

    public var columns: [String]
    public var rows: [Row]

    static let undefined = ResolvedParameter.undefined

    /// Outputs that describe how a step worked rather than what a run produced; the tracker
    /// leaves them out so the rows stay the ones a learner compares.
    static let detailOutputs: Set<String> = ["updates", "train_rows", "validation_rows", "rows"]

    /// Whether an output is one of a run's key results (`final_loss`, `model_version`, …).
    public static func isKeyOutput(_ name: String) -> Bool {
        !detailOutputs.contains(name.split(separator: ".").last.map(String.init) ?? name)
    }

    /// - Parameter details: whether to keep detail outputs (`updates`, `rows`) as rows too.
    /// - Complexity: O(v · r · s) for v variables over r runs of s steps.
    static func make(_ definition: PipelineDefinition, results: [RunResult], details: Bool = false) -> VariableTracker {
        make(parameters: definition.parameters.map(\.name), results: results, details: details)
    }

    /// The tracker of `results` for the named parameters (in order), then every output any run produced.
    static func make(parameters: [String], results: [RunResult], details: Bool = false) -> VariableTracker {
        let columns = ["Start"] + results.indices.map { "After Run \($0 + 1)" } + ["Final"]
        var rows: [Row] = []
        for name in parameters {
            let values = results.map { parameterValue(name, in: $0) }
            rows.append(Row(variable: name, values: [undefined] + values + [values.last ?? undefined], kind: .parameter))
        }
        var outputNames: [String] = []
        var producers: [String: String] = [:]
        for result in results {
            for step in result.steps {
                for output in step.outputs where details || isKeyOutput(output.name) {
                    if !outputNames.contains(output.name) { outputNames.append(output.name) }
                    producers[output.name] = producers[output.name] ?? step.name
                }
            }
        }
        for name in outputNames {
            let values = results.map { outputValue(name, producedBy: producers[name], in: $0) }
            rows.append(Row(variable: name, values: [undefined] + values + [values.last ?? undefined], kind: .output))
        }
        return VariableTracker(columns: columns, rows: rows)
    }

    /// The value a run received for a parameter, or `undefined`.
    static func parameterValue(_ name: String, in result: RunResult) -> String {
        guard let resolved = result.parameters.first(where: { $0.name == name }), resolved.isSet else { return undefined }
        return resolved.displayValue
    }

    /// What a run produced for an output, or why it produced none: the status of the step
    /// that produces it in other runs (`skipped`, `not run`, `failed`, `diverged`), else `undefined`.
    static func outputValue(_ name: String, producedBy step: String?, in result: RunResult) -> String {
        if let value = result.output(name) { return value }
        guard let step, let status = result.steps.first(where: { $0.name == step })?.status else { return undefined }
        switch status {
        case .skipped: return "skipped"
        case .notRun: return "not run"
        case .failed: return "failed"
        case .diverged: return "diverged"
        case .succeeded: return undefined
        }
    }

    /// The tracker as it stood after `runs` finished runs (for a replay paused mid-session):
    /// `Start` and one `After Run N` column per finished run, nothing for a run under way.
    public func prefix(runs: Int) -> VariableTracker {
        let kept = min(runs, columns.count - 2)
        return VariableTracker(columns: Array(columns.prefix(kept + 1)),
                               rows: rows.map { Row(variable: $0.variable, values: Array($0.values.prefix(kept + 1)), kind: $0.kind) })
    }

    /// The values of run `run` (1-based), one per row.
    func column(run: Int) -> [(variable: String, value: String)] {
        rows.map { ($0.variable, run < $0.values.count - 1 ? $0.values[run] : VariableTracker.undefined) }
    }
}
