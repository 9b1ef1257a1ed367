import PipelineKit

/// `pipeline rerun ID [--param ...]`: run a recorded run again with the same values.
struct RerunCommand: CLICommand {
    static let spec = CommandSpec(
        name: "rerun",
        summary: "Run a recorded run again with the same values (runs are deterministic).",
        usage: ["rerun ID [--param NAME=VALUE ...]"],
        discussion: """
        Loads the run's pipeline from where the record says it came from (an absolute path, or a bundled example), from any \
        folder, and passes every value the run had; --param changes some of them, and every changed value is listed \
        (learning_rate: 0.01 → 0.05) with the verdict "different inputs". Secret values are never recorded, so a run that was \
        given a secret needs it again: from the environment variable its default reads (export it again), or with --param, \
        which shell history keeps; giving it again is not a change. With the same inputs and an unchanged file (same content \
        hash) the outputs are compared: the same outputs prove the run reproducible.
        """,
        options: [ParameterOptions.param, .textOrJSON] + RecordOptions.specs + [.color],
        examples: [("rerun 1a2b", "repeat an experiment exactly"), ("rerun 1a2b --param learning_rate=0.05", "the same run with one value changed")]
    )

    var id: String
    var parameters: ParameterOptions
    var record: RecordOptions
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        id = try arguments.positionals(1...1, naming: "a run ID (see pipeline runs list)")[0]
        parameters = try ParameterOptions(refusingMalformed: arguments)
        record = try RecordOptions(parsing: arguments)
        output = OutputOptions(parsing: arguments, format: OptionSpec.textOrJSON)
    }

    func execute(in terminal: Terminal) -> Int32 {
        let renderer = output.errors(terminal)
        let original: RunRecord
        let definition: PipelineDefinition
        do {
            original = try record.store(terminal).record(id)
            definition = try RunHistory.load(original)
        } catch let error as StoreError {
            terminal.err.write(renderer.render(error.diagnostic))
            return ExitCode.badInput
        } catch let error as DiagnosticError {
            terminal.err.write(renderer.render(error.diagnostics))
            return ExitCode.badInput
        } catch {
            return ExitCode.badInput
        }
        let fileChanged = definition.contentHash != original.pipeline.contentHash
        if fileChanged {
            terminal.err.write(renderer.render(Diagnostic(.warning,
                "\(original.pipeline.origin) has changed since run \(original.id) (content hash \(original.pipeline.contentHash.prefix(8)) → \(definition.contentHash.prefix(8))); the rerun uses the file as it is now")))
        }
        let repeated = original.valuesToRepeat
        let given = Set(parameters.assignments.map(\.name))
        let problems = repeated.secretsNeeded.filter { !given.contains($0) }.compactMap { name -> Diagnostic? in
            let declared = definition.parameters.first { $0.name == name }
            let variable = declared.flatMap(SecretExposure.environmentVariable(of:))
            // The default reads it from the environment again when the variable is set.
            guard variable.map({ terminal.environment[$0] == nil }) ?? true else { return nil }
            let hint = variable.map { "set it again: read -rs \($0) && export \($0)" }
                ?? "pass it again (pipeline rerun \(id) --param \(name)=VALUE), or better: " + (declared.map(SecretExposure.safeWay(for:)) ?? "")
            return Diagnostic(.error, "run \(original.id) used the secret '\(name)', whose value is never recorded", hint: hint)
        }
        guard problems.isEmpty else {
            terminal.err.write(renderer.render(problems))
            return ExitCode.badInput
        }
        if !parameters.assignments.isEmpty {
            terminal.err.write(renderer.render(SecretExposure.warnings(for: definition, assignments: parameters.assignments)))
        }
        let request = ParameterRequest(assignments: repeated.assignments + parameters.assignments, processEnvironment: terminal.environment)
        // The registry as the original run found it is one of its inputs.
        var session = RunSession(definition: definition, registry: original.registryBefore ?? ModelRegistry())
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
        let changes = original.changes(in: result)
        if output.json {
            terminal.out.write(RunJSON.result(result, recordID: saved) + "\n")
        } else {
            let report = RunReport(terminal: terminal, colored: terminal.colorsOut(output.color))
            terminal.out.write("Rerun of \(original.id) (\(original.pipeline.name), \(original.pipeline.origin))\n")
            for event in result.events { terminal.out.write(report.line(for: event)) }
            terminal.out.write(report.summary(result, recordID: saved))
            terminal.out.write(verdict(original: original, result: result, changes: changes, fileChanged: fileChanged))
        }
        return ExitCode.of(result.status)
    }

    /// Whether the rerun proves the run reproducible, or why it cannot.
    private func verdict(original: RunRecord, result: RunResult, changes: [RunRecord.Change], fileChanged: Bool) -> String {
        if !changes.isEmpty {
            return "Different inputs from run \(original.id): " + changes.map(\.description).joined(separator: ", ")
                + ". The outputs are not a test of reproducibility.\n"
        }
        if fileChanged {
            return "Same values as run \(original.id), but the pipeline file changed since: the outputs are not a test of reproducibility.\n"
        }
        return result.outputs == original.outputs && result.status == original.status
            ? "Same inputs and same outputs as run \(original.id): the run is reproducible.\n"
            : "Same inputs as run \(original.id) but different outputs: something outside the values changed (the tool version, \(original.toolVersion) then).\n"
    }
}
