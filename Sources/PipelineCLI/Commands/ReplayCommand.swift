import PipelineKit

/// `pipeline replay [PIPELINE] [--run "name=value ..." ...]`: run a session and step through
/// its execution table and variable tracker.
struct ReplayCommand: CLICommand {
    /// `--run "NAME=VALUE ..."`, one per run.
    static let run = OptionSpec("run", short: "r", .value("\"NAME=VALUE ...\""), help: "One run's values, e.g. --run \"learning_rate=0.01 epochs=5\". Repeatable: one per run.", repeatable: true)
    /// `--run-id ID`, a stored run.
    static let runID = OptionSpec("run-id", .value("ID"), help: "Replay a stored run (see pipeline runs list). Repeatable.", repeatable: true)
    /// `--format text|markdown|csv|json|html`.
    static let format = OptionSpec.format([.text, .markdown, .csv, .json, .html])
    /// `--tracker`.
    static let tracker = OptionSpec("tracker", help: "With --format csv: print the variable tracker instead of the execution table.")
    /// `--ascii`, said for the replay's two tables.
    static let ascii = OptionSpec("ascii", help: "Draw tables with plain ASCII instead of box-drawing characters.")
    /// `--no-pause`.
    static let noPause = OptionSpec("no-pause", help: "Print everything at once, even in a terminal.")
    /// `--predict`.
    static let predict = OptionSpec("predict", help: "Predict each new value before its step shows; your score is kept with your progress.")
    /// `--answers V,V,...`, the predictions scripted.
    static let answers = OptionSpec("answers", .value("V,V,..."), help: "With --predict off a terminal: the predictions in order, comma-separated; - skips one.")

    static let spec = CommandSpec(
        name: "replay",
        summary: "Run a pipeline several times and step through the execution table and variable tracker.",
        usage: [
            "replay [PIPELINE] [--run \"NAME=VALUE ...\" ...] [--format text|markdown|csv|json|html] [--no-pause]",
            "replay --run-id ID [--run-id ID ...]",
            "replay [PIPELINE] [--run ...] --predict [--answers V,V,... [--format json]]",
        ],
        discussion: """
        Each --run is one run of the pipeline with its own values (pairs separated by spaces or commas), played in order; \
        all of them are checked before anything runs. --param, --params-file and --env give values to every run; a name \
        given both by --param and by a --run is refused. Without --run, values given that way make one run; with no values \
        at all the pipeline's example session plays and is announced first (with no PIPELINE: train-lr with learning_rate \
        0.01, then 0.1, the session of lesson 2). In a terminal the replay pauses after each step: Enter or n next, b back, g N go to step N, \
        t the variable tracker so far, q quit. Piped, with --no-pause, or with a --format other than text, it prints everything at once. \
        Every run is saved as a run record unless --no-record is given. \
        With --predict, before each step that passes a new value and at the end of each run you type the value you expect \
        (decimals within 2%, whole numbers and names exactly, undefined for a value not set yet); a wrong guess is explained, \
        and your score is saved with your progress after every answer.
        """,
        options: [run, runID] + ParameterOptions.specs + [format, tracker, ascii, noPause, predict, answers] + EngineFileOptions.specs + RecordOptions.specs + [.color],
        examples: [
            ("replay", "lesson 2's session: train-lr with 0.01, then 0.1"),
            ("replay train-lr --param learning_rate=0.05", "one run with the value you give"),
            ("replay train-lr --run learning_rate=0.01 --run learning_rate=0.1 --format json", "the same session as JSON"),
            ("replay conditional-train --run train_model=false --run \"train_model=true mode=full\"", "watch a step get skipped, then run"),
            ("replay platform-unlinked --no-pause", "a registry that deployment never reads"),
            ("replay --predict", "predict every new value of the step-by-step lesson's session before it shows"),
            ("replay --predict --answers 0.01,0.01,4.1,0.1,0.1,0.22 --format json", "the same, scripted"),
            ("replay three-steps --run batch_size=16 --run batch_size=64 --format html > session.html", "a page to open in a browser"),
        ],
        operands: .pipelines
    )

    /// The pipeline named (nil plays train-lr) and how to read it.
    var pipeline: PipelineChoice
    var runs: [String]
    var runIDs: [String]
    var parameters: ParameterOptions
    var csvTracker: Bool
    var ascii: Bool
    var noPause: Bool
    var predict: Bool
    var answers: [String]?
    var record: RecordOptions
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        pipeline = try PipelineChoice(parsing: arguments)
        runs = arguments.values(of: Self.run)
        runIDs = arguments.values(of: Self.runID)
        if !runIDs.isEmpty, pipeline.name != nil || !runs.isEmpty {
            throw .conflict("--run-id replays stored runs; it cannot be combined with a PIPELINE or --run")
        }
        parameters = try ParameterOptions(refusingMalformed: arguments)
        var errors: [ParameterError] = []
        for run in runs {
            do { _ = try ExampleSessions.assignments(in: run) } catch { errors.append(error) }
        }
        if !errors.isEmpty { throw .parameters(errors) }
        output = OutputOptions(parsing: arguments, format: Self.format)
        csvTracker = arguments[Self.tracker]
        ascii = arguments[Self.ascii]
        noPause = arguments[Self.noPause]
        predict = arguments[Self.predict]
        answers = arguments.value(of: Self.answers).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var conflicts: [UsageError] = []
        if answers != nil, !predict { conflicts.append(.conflict("--answers gives predictions; add --predict")) }
        if predict, output.format != .text, output.format != .json {
            conflicts.append(.conflict("--predict prints text or json, not \(output.format.rawValue)"))
        }
        if predict, noPause { conflicts.append(.conflict("--predict asks before each step; it cannot be combined with --no-pause")) }
        if predict, output.json, answers == nil {
            conflicts.append(.conflict("--predict --format json needs the predictions scripted with --answers V,V,..."))
        }
        try UsageError.throwAll(conflicts)
        record = try RecordOptions(parsing: arguments)
    }

    func execute(in terminal: Terminal) -> Int32 {
        let report: SessionReport
        var results: [RunResult] = []
        var recorded: [String] = []
        if predict, answers == nil, !terminal.isInteractive {
            output.report(Diagnostic(
                .error, "replay --predict asks for each value in a terminal, and this is not one",
                hint: "pass your predictions in order with --answers V,V,... (- skips one)"), to: terminal)
            return ExitCode.badInput
        }
        if !runIDs.isEmpty {
            guard let stored = storedSession(terminal) else { return ExitCode.badInput }
            (report, results) = stored
        } else {
            let prepared: ReplaySession
            do {
                prepared = try ReplaySession.prepare(pipeline.name ?? "train-lr", runs: .texts(runs), base: parameters, terminal: terminal, reading: pipeline.reading)
            } catch {
                error.report(to: terminal, color: output.color)
                return ExitCode.badInput
            }
            if let announcement = prepared.announcement { output.notes(terminal).write(announcement) }
            if !prepared.warnings.isEmpty { output.report(prepared.warnings, to: terminal) }
            terminal.interruption.exitsImmediately = false
            let played = prepared.play(isCancelled: { terminal.interruption.isRaised })
            terminal.interruption.exitsImmediately = true
            for result in played.results {
                if let id = record.save(result, definition: played.definition, terminal: terminal) { recorded.append(id) }
            }
            report = SessionReport(session: played)
            results = played.results
            if played.results.contains(where: { $0.status == .cancelled }) {
                show(report, terminal: terminal, recorded: recorded)
                return ExitCode.interrupted
            }
        }
        if predict {
            return predictReplay(report, results: results, recorded: recorded, terminal: terminal)
        }
        if output.format == .text, terminal.isInteractive, !noPause {
            ReplayStepper(report: report, terminal: terminal, style: Style(enabled: terminal.colorsOut(output.color)),
                          tableStyle: ascii ? .ascii : .box).run()
            if !recorded.isEmpty { terminal.out.write("\nRecorded runs: \(recorded.joined(separator: ", "))\n") }
            return ExitCode.success
        }
        show(report, terminal: terminal, recorded: recorded)
        return ExitCode.success
    }

    private func show(_ report: SessionReport, terminal: Terminal, recorded: [String]) {
        switch output.format {
        case .json: terminal.out.write(report.json().rendered() + "\n")
        case .markdown: terminal.out.write(report.markdown())
        case .csv: terminal.out.write(report.csv(tracker: csvTracker))
        case .html: terminal.out.write(report.html())
        default:
            let style = ascii || !terminal.stdoutIsTerminal ? TableStyle.ascii : .box
            terminal.out.write(report.text(width: terminal.tableWidth, style: style))
            if !recorded.isEmpty {
                terminal.out.write("\nRecorded runs: \(recorded.joined(separator: ", ")) (pipeline runs show ID)\n")
            }
        }
    }

    private func storedSession(_ terminal: Terminal) -> (SessionReport, [RunResult])? {
        let store = record.store(terminal)
        var records: [RunRecord] = []
        var problems: [Diagnostic] = []
        for id in runIDs {
            do { records.append(try store.record(id)) } catch { problems.append(error.diagnostic) }
        }
        guard problems.isEmpty, let first = records.first else {
            output.report(problems, to: terminal)
            return nil
        }
        let definition = RunHistory.definition(for: first, terminal: terminal)
        return (SessionReport(definition: definition, results: records.map(\.result)), records.map(\.result))
    }

    // MARK: - Predict

    private func predictReplay(_ report: SessionReport, results: [RunResult], recorded: [String], terminal: Terminal) -> Int32 {
        let predictions = PredictionPlan.make(report, results: results)
        if let answers, answers.count > predictions.count {
            output.report(Diagnostic(
                .error, "--answers gives \(answers.count) predictions, but this replay asks \(predictions.count)",
                hint: "give one value per prediction, in order (- skips one)"), to: terminal)
            return ExitCode.badInput
        }
        let plan = results.enumerated().map { index, result in
            let passed = result.parameters.filter { $0.source != .definitionDefault && $0.source != nil && !$0.isSecret }
            return "run \(index + 1) with " + (passed.isEmpty ? "the defaults" : passed.map { "\($0.name)=\($0.displayValue)" }.joined(separator: " "))
        }.joined(separator: " · ")
        let style = Style(enabled: output.format == .text && terminal.colorsOut(output.color))
        let predictor = ReplayPredictor(
            report: report, predictions: predictions, session: "\(report.pipeline): " + (runIDs.isEmpty ? plan : "runs " + runIDs.joined(separator: " ")),
            plan: plan, answers: answers.map { .scripted($0) } ?? .typed, json: output.json, terminal: terminal,
            stepper: ReplayStepper(report: report, terminal: terminal, style: style, tableStyle: ascii ? .ascii : .box),
            style: style, store: PracticeStore.resolve(environment: terminal.environment))
        let status = predictor.run()
        if !recorded.isEmpty, output.format == .text { terminal.out.write("Recorded runs: \(recorded.joined(separator: ", ")) (pipeline runs show ID)\n") }
        return status
    }
}
