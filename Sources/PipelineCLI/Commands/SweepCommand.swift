import PipelineKit

/// `pipeline sweep PIPELINE --param NAME=V1,V2,...`: run the grid and compare the outcomes.
struct SweepCommand: CLICommand {
    /// `--param NAME=V1,V2,...`: read as `ParameterOptions.param` (the same name), then split into the grid.
    static let values = OptionSpec("param", short: "p", .value("NAME=V1,V2,..."), help: "Values to try for one parameter, separated by commas. Repeatable.", repeatable: true)
    /// `--sort OUTPUT`.
    static let sort = OptionSpec("sort", .value("OUTPUT"), help: "The output to sort by, smallest first (default final_loss when the pipeline has it).")
    /// `--descending`.
    static let descending = OptionSpec("descending", help: "Sort the largest value first.")
    /// `--dry-run`.
    static let dryRun = OptionSpec("dry-run", help: "Say how many runs the grid makes and check their values; run nothing.")
    static let spec = CommandSpec(
        name: "sweep",
        summary: "Run every combination of several parameter values and compare the results.",
        usage: ["sweep PIPELINE --param NAME=V1,V2,... [--param ...] [--sort OUTPUT] [--dry-run]"],
        discussion: """
        Each --param lists the values to try, separated by commas; the sweep runs every combination (the grid), checks every \
        run's values before the first starts, records each run, and prints a table sorted by an output (--sort, default \
        final_loss), the best run marked (none on a tie). A failed run sorts after the runs that finished, a diverged run last; \
        the exit status is then 1. A parameter given one value is fixed, not a dimension of the grid. Interrupted with Ctrl-C, \
        it shows the runs that finished and names no best. Many experiments, and the \
        pipeline is never edited. At most \(SweepGrid.maximumRuns) runs.
        """,
        options: [
            values, ParameterOptions.paramsFile, ParameterOptions.environmentSet, sort, descending, dryRun, .tableFormats, .ascii,
        ] + RecordOptions.specs + [.color],
        examples: [
            ("sweep three-steps --param learning_rate=0.001,0.01,0.1 --param batch_size=16,32", "six experiments, best first"),
            ("sweep train-lr --param learning_rate=0.01,0.1,1.5 --sort final_loss", "one learning rate diverges"),
        ],
        operands: .pipelines
    )

    var pipeline: String
    var grid: SweepGrid
    var base: ParameterOptions
    var sort: String?
    var descending: Bool
    var dryRun: Bool
    var ascii: Bool
    var record: RecordOptions
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        pipeline = try arguments.positionals(1...1, naming: "a PIPELINE")[0]
        base = try ParameterOptions(refusingMalformed: arguments)
        grid = SweepGrid(base.assignments)
        base.assignments = []
        guard !grid.axes.isEmpty else { throw .missingArgument("at least one --param NAME=V1,V2,...", command: "sweep") }
        guard grid.count <= SweepGrid.maximumRuns else {
            throw .conflict("the grid makes \(grid.count == Int.max ? "too many" : String(grid.count)) runs, over the limit of \(SweepGrid.maximumRuns); sweep fewer values")
        }
        sort = arguments.value(of: Self.sort)
        descending = arguments[Self.descending]
        dryRun = arguments[Self.dryRun]
        ascii = arguments[OptionSpec.ascii]
        record = try RecordOptions(parsing: arguments)
        output = OutputOptions(parsing: arguments, format: OptionSpec.tableFormats)
    }

    func execute(in terminal: Terminal) -> Int32 {
        let prepared: ReplaySession
        do {
            prepared = try ReplaySession.prepare(pipeline, runs: .assignments(grid.combinations), base: base, terminal: terminal)
        } catch {
            error.report(to: terminal, color: output.color)
            return ExitCode.badInput
        }
        if !prepared.warnings.isEmpty { output.report(prepared.warnings, to: terminal) }
        // A swept secret is shown as [REDACTED], like everywhere else.
        let secrets = Set(prepared.definition.parameters.filter(\.isSecret).map(\.name))
        let announce = "Sweep of \(prepared.definition.name): \(grid.summary(secrets: secrets))" + (dryRun ? "; all values are valid. Nothing ran (--dry-run).\n" : ".\n")
        output.notes(terminal).write(announce)
        if dryRun { return ExitCode.success }
        var results: [(id: String?, result: RunResult, values: [String])] = []
        terminal.interruption.exitsImmediately = false
        defer { terminal.interruption.exitsImmediately = true }
        for (index, run) in prepared.batch.runs.enumerated() {
            if terminal.interruption.isRaised { break }
            // Each experiment stands alone: its own registry, as a separate run would.
            var session = RunSession(definition: prepared.definition)
            let result = session.run(run, isCancelled: { terminal.interruption.isRaised })
            let id = record.save(result, definition: prepared.definition, terminal: terminal)
            // A run stopped by Ctrl-C did not finish: it is recorded, but not ranked.
            if result.status == .cancelled { break }
            let shown = grid.variedValues(of: grid.combinations[index]).map { secrets.contains($0.name) ? ResolvedParameter.redacted : $0.text }
            results.append((id, result, shown))
            if terminal.stderrIsTerminal { terminal.err.write(ANSI.clearLine + "\(index + 1)/\(prepared.batch.runs.count) runs") }
        }
        if terminal.stderrIsTerminal { terminal.err.write(ANSI.clearLine) }
        let ranking = SweepRanking(results: results.map { ($0.id, $0.result, $0.values) }, axes: grid.variedNames,
                                   sortBy: sort, descending: descending, planned: prepared.batch.runs.count)
        if output.json {
            terminal.out.write(ranking.json().rendered() + "\n")
        } else {
            terminal.out.write(TableOutput.render(ranking.table, format: output.format, terminal: terminal, ascii: ascii, title: "Sweep"))
            if output.format == .text {
                let notes = (ranking.sameInEveryRun.map { [$0] } ?? []) + [ranking.verdict]
                for note in notes { terminal.out.write(TextWrapper.wrap(note, width: terminal.width, indent: 0, hanging: 2) + "\n") }
            }
        }
        if !ranking.isComplete { return ExitCode.interrupted }
        return results.contains { $0.result.status != .succeeded } ? ExitCode.failure : ExitCode.success
    }
}
