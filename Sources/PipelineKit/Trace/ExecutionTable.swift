/// The execution table of a session: `Step | Action | Parameter | Value Passed | Effect`,
/// rows numbered across all runs, as in the step-by-step lesson (lesson 2).
public struct ExecutionTable: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        /// 1-based across the whole session.
        public var step: Int
        /// Which run the row belongs to; `nil` for the definition row.
        public var run: Int?
        public var kind: TraceEvent.Kind
        public var action: String
        /// The parameters involved, and the value each received, in the same order.
        var parameters: [String]
        var values: [String]
        public var effect: String
        /// Outputs the row produced, for panels and JSON.
        var outputs: [StepOutput]
        /// The pipeline step the row is about, for step rows.
        var stepName: String? = nil

        /// The parameters joined with `, ` (`—` for none), as the table's Parameter column.
        public var parameter: String { parameters.isEmpty ? "—" : parameters.joined(separator: ", ") }
        /// The values joined with `, ` (`—` for none), as the table's Value Passed column.
        public var value: String { values.isEmpty ? "—" : values.joined(separator: ", ") }
    }

    static let columns = ["Step", "Action", "Parameter", "Value Passed", "Effect"]

    public var rows: [Row]

    /// Builds the table from a session's results.
    ///
    /// - Complexity: O(e) in the number of events.
    static func make(_ definition: PipelineDefinition, results: [RunResult]) -> ExecutionTable {
        var rows: [Row] = []
        func add(_ event: TraceEvent, run: Int?, action: String, effect: String? = nil) {
            rows.append(Row(step: rows.count + 1, run: run, kind: event.kind, action: action, parameters: event.parameters,
                            values: event.values, effect: effect ?? event.effect, outputs: event.outputs, stepName: event.step))
        }
        add(RunSession.definedEvent(definition), run: nil, action: "Pipeline defined")
        var previousValues: [String]?
        for (index, result) in results.enumerated() {
            let run = index + 1
            for event in result.events {
                let step = event.step ?? ""
                switch event.kind {
                case .pipelineDefined:
                    continue
                case .pipelineTriggered:
                    let again = previousValues != nil
                    let effect = !again ? "Value\(event.values.count == 1 ? "" : "s") set for this run"
                        : previousValues == event.values ? "New run with the same value\(event.values.count == 1 ? "" : "s")"
                        : "New run with a different value"
                    add(event, run: run, action: again ? "Pipeline triggered again" : "Pipeline triggered", effect: effect)
                    previousValues = event.values
                case .stepStarted:
                    add(event, run: run, action: "Step \(step) starts")
                case .stepExecuted:
                    add(event, run: run, action: executesAction(event, definition: definition))
                case .stepSkipped:
                    add(event, run: run, action: "Step \(step) skipped")
                case .stepFailed:
                    add(event, run: run, action: "Step \(step) fails")
                case .stepDiverged:
                    add(event, run: run, action: "Step \(step) diverges")
                case .stepNotRun:
                    add(event, run: run, action: "Step \(step) not run")
                case .pipelineCompleted:
                    add(event, run: run, action: "Pipeline completes", effect: completionEffect(event, result: result))
                case .pipelineFailed:
                    add(event, run: run, action: "Pipeline fails")
                case .pipelineCancelled:
                    add(event, run: run, action: "Pipeline interrupted")
                }
            }
        }
        return ExecutionTable(rows: rows)
    }

    /// `Training executes`, naming the step when several steps run the same kind of script.
    private static func executesAction(_ event: TraceEvent, definition: PipelineDefinition) -> String {
        let script = event.script ?? ""
        let noun = activity(of: script)
        guard let noun else { return "Step \(event.step ?? "") executes" }
        let sameKind = definition.steps.filter { activity(of: $0.run) == noun }.count
        return sameKind > 1 ? "\(noun) executes (\(event.step ?? ""))" : "\(noun) executes"
    }

    /// The activity a simulated script performs, as a noun.
    static func activity(of script: String) -> String? {
        let base = script.split(separator: "/").last.map(String.init) ?? script
        let nouns = [
            "train": "Training", "preprocess": "Preprocessing", "evaluate": "Evaluation", "register": "Registration",
            "deploy": "Deployment", "monitor": "Monitoring", "load_data": "Data loading", "fetch_data": "Data fetching",
        ]
        for (prefix, noun) in nouns where base.hasPrefix(prefix) { return noun }
        return nil
    }

    private static func completionEffect(_ event: TraceEvent, result: RunResult) -> String {
        let values = zip(event.parameters, event.values).map { "\($0)=\($1)" }.joined(separator: ", ")
        let outputs = result.outputs.filter { VariableTracker.isKeyOutput($0.name) }.map { "\($0.name) \($0.value)" }.joined(separator: ", ")
        let reflect = values.isEmpty ? "Outputs ready" : "Outputs reflect \(values)"
        return outputs.isEmpty ? reflect : "\(reflect): \(outputs)"
    }
}
