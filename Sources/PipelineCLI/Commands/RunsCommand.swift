import PipelineKit

/// `pipeline runs list|show|compare`: the run history, tracked and reproducible.
struct RunsCommand: CLICommand {
    /// `--limit N`.
    static let limit = OptionSpec("limit", .value("N"), help: "With list: show at most N runs (default 20).")
    /// Outputs one row of the terminal list shows; the rest are counted (`runs show` has them all).
    static let outputsPerRow = 3

    static let spec = CommandSpec(
        name: "runs",
        summary: "List, show and compare recorded runs.",
        usage: ["runs list [--limit N]", "runs show ID", "runs compare ID ID [ID ...]"],
        discussion: """
        Every pipeline run, replay run, rerun and sweep run is saved as one JSON record in .pipeline/runs/ (or --runs-dir, \
        or $PIPELINE_RUNS_DIR): its values and where each came from, its trace, its outputs. Secret values are never saved. \
        An ID may be shortened to any unique prefix.
        """,
        options: [
            limit, .tableFormats, .ascii, RecordOptions.runsDirectory, .color,
        ],
        subcommands: Word.specs,
        examples: [("runs list", "what ran here, newest first"), ("runs show 1a2b", "the execution table of one run"),
                   ("runs compare 1a2b 3c4d", "what changed between two experiments")]
    )

    /// The words after `pipeline runs`.
    enum Word: String, Subcommand {
        case list, show, compare

        var usage: SubcommandUsage {
            switch self {
            case .list: SubcommandUsage("Recorded runs, newest first.")
            case .show: SubcommandUsage("One run's parameters and execution table.", arguments: 1...1, naming: "a run ID")
            case .compare: SubcommandUsage("A tracker across runs, and which parameters differ and who set them.", arguments: 2...Int.max, naming: "two or more run IDs")
            }
        }
    }

    enum Action: Equatable {
        case list(limit: Int)
        case show(String)
        case compare([String])
    }

    var action: Action
    var output: OutputOptions
    var ascii: Bool
    var record: RecordOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        // The parser has checked how many IDs follow the word.
        let given = try arguments.subcommand(Word.self, default: .list)
        switch given.word {
        case .list:
            let text = arguments.value(of: Self.limit) ?? "20"
            guard let limit = Int(text), limit > 0 else { throw .invalidOptionValue(option: "--limit", value: text, allowed: ["a whole number above 0"]) }
            action = .list(limit: limit)
        case .show: action = .show(given.arguments[0])
        case .compare: action = .compare(given.arguments)
        }
        if given.word != .list, arguments.value(of: Self.limit) != nil {
            throw .conflict("--limit applies to runs list, not runs \(given.word.rawValue)")
        }
        output = OutputOptions(parsing: arguments, format: OptionSpec.tableFormats)
        ascii = arguments[OptionSpec.ascii]
        record = try RecordOptions(parsing: arguments)
    }

    func execute(in terminal: Terminal) -> Int32 {
        let store = record.store(terminal)
        switch action {
        case .list(let limit): return list(store, limit: limit, terminal: terminal)
        case .show(let id): return show(store, id: id, terminal: terminal)
        case .compare(let ids): return compare(store, ids: ids, terminal: terminal)
        }
    }

    private func list(_ store: RunStore, limit: Int, terminal: Terminal) -> Int32 {
        let (records, unreadable) = store.list()
        for (name, reason) in unreadable {
            terminal.err.write(output.errors(terminal).render(Diagnostic(.warning, "skipped \(store.directory.path)/\(name): \(reason)",
                                                                      hint: "move it aside; other records are unaffected")))
        }
        guard !records.isEmpty else {
            terminal.out.write(output.format == .json ? "[]\n" : "No runs recorded in \(store.directory.path) yet. Try: pipeline run train-lr --param learning_rate=0.01\n")
            return ExitCode.success
        }
        let rows = records.prefix(limit).map { record -> [String] in
            // In a terminal: one value per line and no year, to leave room; other formats keep
            // one line per cell and the full time.
            let separator = output.format == .text ? "\n" : " "
            let values = record.parameters.filter { $0.value != nil }.map { "\($0.name)=\($0.value ?? "")" }.joined(separator: separator)
            // A terminal row shows three outputs and counts the rest (all are in `runs show`);
            // other formats keep every one.
            let key = record.outputs.filter { VariableTracker.isKeyOutput($0.name) }.map { "\($0.name)=\($0.value)" }
            let shown = output.format == .text && key.count > Self.outputsPerRow ? key.prefix(Self.outputsPerRow - 1) + ["… \(key.count - Self.outputsPerRow + 1) more"] : key
            let outputs = shown.joined(separator: separator)
            let time = String(record.time.prefix(19)).replacingOccurrences(of: "T", with: " ")
            return [record.id, output.format == .text ? String(time.dropFirst(5)) : time, record.pipeline.name, record.status.rawValue, values, outputs]
        }
        let table = TextTable(columns: ["ID", "Time (UTC)", "Pipeline", "Status", "Parameters", "Outputs"].map { TextTable.Column(title: $0) }, rows: rows)
        terminal.out.write(TableOutput.render(table, format: output.format, terminal: terminal, ascii: ascii, title: "Runs"))
        if records.count > limit, output.format == .text { terminal.out.write("\(records.count - limit) older runs not shown (--limit).\n") }
        return ExitCode.success
    }

    private func load(_ store: RunStore, _ ids: [String], terminal: Terminal) -> [RunRecord]? {
        var records: [RunRecord] = []
        var problems: [Diagnostic] = []
        for id in ids {
            do { records.append(try store.record(id)) } catch { problems.append(error.diagnostic) }
        }
        guard problems.isEmpty else {
            terminal.err.write(output.errors(terminal).render(problems))
            return nil
        }
        return records
    }

    private func show(_ store: RunStore, id: String, terminal: Terminal) -> Int32 {
        guard let record = load(store, [id], terminal: terminal)?.first else { return ExitCode.badInput }
        let definition = RunHistory.definition(for: record, terminal: terminal)
        let report = SessionReport(definition: definition, results: [record.result])
        if output.format == .json {
            terminal.out.write(report.json().rendered() + "\n")
            return ExitCode.success
        }
        var out = "Run \(record.id) of \(record.pipeline.name) (\(record.pipeline.origin)) at \(record.time): \(record.status.rawValue)\n\n"
        let parameters = TextTable(columns: ["Parameter", "Value", "Source", "Overrode"].map { TextTable.Column(title: $0) },
                                   rows: record.parameters.map { [$0.name, $0.value ?? ResolvedParameter.undefined, $0.source?.description ?? "unset",
                                                                  $0.overridden.map { "\($0.value) (\($0.source))" }.joined(separator: ", ")] })
        out += TableOutput.render(parameters, format: output.format, terminal: terminal, ascii: ascii)
        out += "\n" + TableOutput.render((output.format == .text ? report.executionTerminalTable : report.executionTextTable), format: output.format, terminal: terminal, ascii: ascii)
        terminal.out.write(out)
        return ExitCode.success
    }

    private func compare(_ store: RunStore, ids: [String], terminal: Terminal) -> Int32 {
        guard let records = load(store, ids, terminal: terminal) else { return ExitCode.badInput }
        let comparison = RunComparison(records: records)
        if output.format == .json {
            terminal.out.write(comparison.json().rendered() + "\n")
            return ExitCode.success
        }
        var out = TableOutput.render(comparison.table, format: output.format, terminal: terminal, ascii: ascii)
        out += "\n" + comparison.differences.joined(separator: "\n") + "\n"
        terminal.out.write(out)
        return ExitCode.success
    }
}
