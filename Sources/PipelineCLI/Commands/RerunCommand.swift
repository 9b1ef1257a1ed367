import PipelineKit

/// `pipeline rerun ID [--param ...]`: run a recorded run again with the same values.
struct RerunCommand: CLICommand {
    static let spec = CommandSpec(
        name: "rerun",
        summary: "Run a recorded run again with the same values (runs are deterministic).",
        usage: ["rerun ID [--param NAME=VALUE ...]"],
        discussion: """
        Loads the run's pipeline and passes every value the run had; --param changes some of them. With no change the \
        outputs are the same as the original's, and the command says so. Secret values are never recorded, so a run that \
        had a secret needs it again: from the environment variable its default reads (export it again), or with \
        --param, which shell history keeps.
        """,
        options: [ParameterOptions.specs[0], .format([.text, .json])] + RecordOptions.specs + [.color],
        examples: [("rerun 1a2b", "repeat an experiment exactly"), ("rerun 1a2b --param learning_rate=0.05", "the same run with one value changed")]
    )

    var id: String
    var parameters: ParameterOptions
    var json: Bool
    var record: RecordOptions
    var color: ColorChoice

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        id = try arguments.positionals(1...1, command: "rerun", naming: "a run ID (see pipeline runs list)")[0]
        parameters = ParameterOptions(parsing: arguments)
        if !parameters.problems.isEmpty { throw .parameters(parameters.problems) }
        json = arguments.format == .json
        record = RecordOptions(parsing: arguments)
        color = arguments.color
    }

    func execute(in terminal: Terminal) -> Int32 {
        let renderer = DiagnosticRenderer(colored: terminal.colorsErr(color))
        let original: RunRecord
        let definition: PipelineDefinition
        do {
            original = try record.store(terminal).record(id)
            definition = try RunHistory.load(original, terminal: terminal)
        } catch let error as StoreError {
            terminal.err.write(renderer.render(error.diagnostic))
            return ExitCode.badInput
        } catch let error as DiagnosticError {
            terminal.err.write(renderer.render(error.diagnostics))
            return ExitCode.badInput
        } catch {
            return ExitCode.badInput
        }
        if definition.contentHash != original.pipeline.contentHash {
            terminal.err.write(renderer.render(Diagnostic(.warning, "\(original.pipeline.origin) has changed since run \(original.id); the rerun uses the file as it is now")))
        }
        var assignments: [ParameterAssignment] = []
        var problems: [Diagnostic] = []
        let given = Set(parameters.assignments.map(\.name))
        for parameter in original.parameters {
            guard let value = parameter.value, parameter.source != "default" else { continue }
            if parameter.secret {
                let declared = definition.parameters.first { $0.name == parameter.name }
                let variable = declared.flatMap(SecretExposure.environmentVariable(of:))
                if !given.contains(parameter.name), variable.map({ terminal.environment[$0] == nil }) ?? true {
                    let hint = variable.map { "set it again: read -rs \($0) && export \($0)" }
                        ?? "pass it again (pipeline rerun \(id) --param \(parameter.name)=VALUE), or better: " + (declared.map(SecretExposure.safeWay(for:)) ?? "")
                    problems.append(Diagnostic(.error, "run \(original.id) used the secret '\(parameter.name)', whose value is never recorded", hint: hint))
                }
                continue
            }
            assignments.append(ParameterAssignment(name: parameter.name, text: value))
        }
        guard problems.isEmpty else {
            terminal.err.write(renderer.render(problems))
            return ExitCode.badInput
        }
        if !parameters.assignments.isEmpty {
            terminal.err.write(renderer.render(SecretExposure.warnings(for: definition, assignments: parameters.assignments)))
        }
        let request = ParameterRequest(assignments: assignments + parameters.assignments, processEnvironment: terminal.environment)
        var session = RunSession(definition: definition)
        let result: RunResult
        do {
            terminal.interruption.exitsImmediately = false
            defer { terminal.interruption.exitsImmediately = true }
            result = try session.run(request, isCancelled: { terminal.interruption.isRaised })
        } catch {
            terminal.err.write(renderer.render(error.diagnostics))
            return ExitCode.badInput
        }
        let saved = record.save(result, definition: definition, terminal: terminal, rerunOf: original.id)
        if json {
            terminal.out.write(RunJSON.result(result, recordID: saved) + "\n")
        } else {
            let report = RunReport(terminal: terminal, colored: terminal.colorsOut(color))
            terminal.out.write("Rerun of \(original.id) (\(original.pipeline.name))\n")
            for event in result.events { terminal.out.write(report.line(for: event)) }
            terminal.out.write(report.summary(result, recordID: saved))
            if parameters.assignments.isEmpty {
                terminal.out.write(result.outputs == original.outputs
                    ? "Same outputs as run \(original.id): the run is reproducible.\n"
                    : "Outputs differ from run \(original.id): the pipeline or its data changed.\n")
            }
        }
        return ExitCode.of(result.status)
    }
}
