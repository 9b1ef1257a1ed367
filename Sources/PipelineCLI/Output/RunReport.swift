import PipelineKit

/// The text `pipeline run` prints: a header, one line per step event as it happens, and a
/// summary of parameters and outputs.
struct RunReport {
    let terminal: Terminal
    let style: Style

    init(terminal: Terminal, colored: Bool) {
        self.terminal = terminal
        style = Style(enabled: colored)
    }

    func header(_ definition: PipelineDefinition, _ resolution: ParameterResolver.Resolution) -> String {
        let values = resolution.parameters.filter(\.isSet).map { "\($0.name)=\($0.displayValue)" }
        let with = values.isEmpty ? "" : " with " + values.joined(separator: ", ")
        return style.bold("Running \(definition.name)") + with + "\n"
    }

    /// One line per step event; run-level events print nothing here (the header and summary cover them).
    func line(for event: TraceEvent) -> String {
        let step = event.step ?? ""
        switch event.kind {
        case .stepStarted:
            return wrapped("  " + style.cyan("▸ \(step)") + "  " + event.effect, hanging: 4)
        case .stepExecuted:
            return wrapped("    " + style.green("✓") + " " + event.effect + " " + style.dim("(\(Self.duration(event.seconds ?? 0)))"), hanging: 6)
        case .stepSkipped:
            return wrapped("  " + style.yellow("↷ \(step)") + "  " + event.effect, hanging: 4)
        case .stepFailed:
            return wrapped("    " + style.red("✗ failed: ") + event.effect, hanging: 6)
        case .stepDiverged:
            return wrapped("    " + style.red("✗ diverged: ") + event.effect, hanging: 6)
        case .stepNotRun:
            return "  " + style.dim("· \(step)  not run") + "\n"
        default:
            return ""
        }
    }

    /// A step line wrapped to the terminal, later lines indented `hanging` columns so they
    /// stay under the step's text instead of returning to column 0.
    private func wrapped(_ line: String, hanging: Int) -> String {
        let leading = line.prefix { $0 == " " }.count
        return TextWrapper.wrap(String(line.dropFirst(leading)), width: terminal.width, indent: leading, hanging: hanging - leading) + "\n"
    }

    func summary(_ result: RunResult, recordID: String?) -> String {
        var out = "\n"
        switch result.status {
        case .succeeded: out += style.green(style.bold("Run succeeded")) + " in \(Self.duration(result.seconds)).\n"
        case .failed:
            let failed = result.steps.first { $0.status == .failed }?.name ?? "a step"
            out += style.red(style.bold("Run failed")) + " at step '\(failed)'; later steps did not run.\n"
        case .diverged:
            let diverged = result.steps.first { $0.status == .diverged }?.name ?? "a step"
            out += style.red(style.bold("Run diverged")) + " at step '\(diverged)'; later steps did not run. Try a smaller learning rate.\n"
        case .cancelled: out += style.yellow(style.bold("Run interrupted")) + "; steps that finished are kept.\n"
        }
        out += "\n" + parameterTable(result.parameters)
        if !result.outputs.isEmpty {
            let table = TextTable(columns: [.init(title: "Output"), .init(title: "Value")],
                                  rows: result.outputs.map { [$0.name, $0.value] })
            out += "\n" + table.renderText(width: terminal.tableWidth, style: tableStyle)
        }
        if let recordID { out += "\nRecorded as run \(recordID) (pipeline runs show \(recordID)).\n" }
        return out
    }

    func dryRun(_ definition: PipelineDefinition, _ resolution: ParameterResolver.Resolution, _ plan: RunPlan) -> String {
        var out = style.bold("Dry run of \(definition.name)") + ": nothing runs.\n"
        if let description = definition.description { out += description + "\n" }
        out += "\n"
        out += parameterTable(resolution.parameters, showOverrides: true)
        out += "\n" + style.bold("Steps, in the order they would run:") + "\n"
        for (index, step) in plan.steps.enumerated() {
            let command = ([step.script] + step.arguments).joined(separator: " ")
            out += "  \(index + 1). \(step.name)  " + style.cyan(command) + (step.isSimulated ? "" : style.dim("  (not simulated)")) + "\n"
            // Both reasons a step may not run are shown: its own condition, and a skipped step it needs.
            if let condition = step.condition {
                let holds = step.conditionHolds == true
                let verdict = holds ? (step.willRun ? style.green("true, runs") : "true") : style.yellow("false, skipped")
                out += "     when \(condition): " + verdict + "\n"
            }
            if let need = step.skippedNeed {
                out += "     " + style.yellow("skipped") + ": it needs '\(need)', which will be skipped (a skip propagates through needs:)\n"
            } else if !step.willRun, step.condition == nil, let reason = step.skipReason {
                out += "     skipped: \(reason)\n"
            }
            if let previous = step.followsSkipped, step.willRun {
                out += "     runs after '\(previous)', skipped or not (it has no needs:, so the skip does not pass on)\n"
            }
        }
        return out
    }

    private var tableStyle: TableStyle { terminal.stdoutIsTerminal ? .box : .ascii }

    private func parameterTable(_ parameters: [ResolvedParameter], showOverrides: Bool = false) -> String {
        guard !parameters.isEmpty else { return "This pipeline declares no parameters.\n" }
        var columns: [TextTable.Column] = [.init(title: "Parameter"), .init(title: "Value"), .init(title: "Type"), .init(title: "Source")]
        if showOverrides { columns.append(.init(title: "Overrode")) }
        let rows = parameters.map { parameter -> [String] in
            var row = [parameter.name, parameter.displayValueWithRaw, parameter.type.rawValue + (parameter.isSecret && parameter.type != .secret ? ", secret" : ""),
                       parameter.source?.description ?? "unset"]
            if showOverrides {
                row.append(parameter.overridden.map { "\($0.shown) (\($0.source))" }.joined(separator: ", "))
            }
            return row
        }
        return TextTable(columns: columns, rows: rows).renderText(width: terminal.tableWidth, style: tableStyle)
    }

    /// `3 ms`, `1.2 s`, `450 µs`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 0.001 { return "\(Int((seconds * 1_000_000).rounded())) µs" }
        if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
        return "\((seconds * 10).rounded() / 10) s"
    }
}
