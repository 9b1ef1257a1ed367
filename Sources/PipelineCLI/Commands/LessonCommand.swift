import Foundation
import PipelineKit

/// `pipeline lesson list|show|run|practice|lint`: the learning path in the terminal.
struct LessonCommand: CLICommand {
    /// `--plain`.
    static let plain = OptionSpec("plain", help: "No colour and no box drawing (for screen readers).")
    /// `--no-pause`.
    static let noPause = OptionSpec("no-pause", help: "Print the whole lesson at once, even in a terminal.")
    /// `--no-record`, passed on to the replays of `lesson run`.
    static let noRecord = OptionSpec(RecordOptions.noRecord.name, help: "With run: do not save run records.")
    /// `--runs-dir DIR`, passed on to the replays of `lesson run`.
    static let runsDirectory = OptionSpec(RecordOptions.runsDirectory.name, .value("DIR"), help: "With run: where run records are kept (default .pipeline/runs, or $PIPELINE_RUNS_DIR).", completesFiles: true)
    /// `--sources DIR`.
    static let sources = OptionSpec("sources", .value("DIR"), help: "With lint: the source pages the lessons are written from, to check for copied sentences (for the built-in lessons, default ../shared/seeds if present).", completesFiles: true)

    static let spec = CommandSpec(
        name: "lesson",
        summary: "Read the lessons, run their pipelines and practise them.",
        usage: ["lesson list", "lesson show ID|NUMBER|FILE [--plain] [--no-pause]", "lesson run ID|FILE [--no-record] [--runs-dir DIR]", "lesson practice ID",
                "lesson lint [DIR|FILE] [--sources DIR]"],
        discussion: """
        Lessons are Markdown files in lessons/ (bundled into the binary), plus a course's with --course DIR; show, run and lint \
        also take a lesson file. In a terminal, 'show' pauses between sections \
        (Enter to go on, q to stop) and, before an explanation, asks you to commit to a prediction and tells you whether it \
        matched. Piped, or with --no-pause, it prints the whole lesson. --plain drops colour and box drawing, for screen readers.
        """,
        options: [plain, noPause, noRecord, runsDirectory, sources, .color],
        subcommands: Word.specs,
        examples: [("lesson list", "the learning path"), ("lesson show step-by-step", "read the second lesson, section by section"),
                   ("lesson run step-by-step", "replay its session"), ("lesson practice step-by-step", "answer its questions"),
                   ("lesson show deep-dive --plain --no-pause", "the whole lesson as plain text")]
    )

    /// The words after `pipeline lesson`.
    enum Word: String, Subcommand {
        case list, show, run, practice, lint

        var usage: SubcommandUsage {
            let id = "a lesson ID (see pipeline lesson list)"
            switch self {
            case .list: return SubcommandUsage("The lessons in learning order, with your practice results.")
            case .show: return SubcommandUsage("Read a lesson.", arguments: 1...1, naming: id)
            case .run: return SubcommandUsage("Replay the lesson's pipelines.", arguments: 1...1, naming: id)
            case .practice: return SubcommandUsage("Start the lesson's quiz.", arguments: 1...1, naming: id)
            case .lint: return SubcommandUsage("Check lesson files (front matter, references, required sections, copied sentences).", arguments: 0...1)
            }
        }
    }

    enum Action: Equatable {
        case list
        case show(String)
        case run(String)
        case practice(String)
        case lint(String?)
    }

    var action: Action
    var plain: Bool
    var noPause: Bool
    /// `--no-record` and `--runs-dir`, passed on to the replays of `lesson run`.
    var recordArguments: [String]
    var seeds: String?
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        // The parser has checked that show, run and practice have their lesson.
        let given = try arguments.subcommand(Word.self, default: .list)
        switch given.word {
        case .list: action = .list
        case .show: action = .show(given.arguments[0])
        case .run: action = .run(given.arguments[0])
        case .practice: action = .practice(given.arguments[0])
        case .lint: action = .lint(given.arguments.first)
        }
        plain = arguments[Self.plain]
        noPause = arguments[Self.noPause]
        recordArguments = (arguments[Self.noRecord] ? ["--" + Self.noRecord.name] : [])
            + (arguments.value(of: Self.runsDirectory).map { ["--" + Self.runsDirectory.name, $0] } ?? [])
        if !recordArguments.isEmpty, given.word != .run {
            throw .conflict("--no-record and --runs-dir apply to 'lesson run' only: the other lesson commands record nothing")
        }
        seeds = arguments.value(of: Self.sources)
        output = OutputOptions(parsing: arguments)
    }

    func execute(in terminal: Terminal) -> Int32 {
        let catalog = terminal.curriculum.lessons
        switch action {
        case .list:
            terminal.out.write(LessonPath.table(catalog, terminal: terminal, ascii: plain))
            return ExitCode.success
        case .show(let id):
            guard let lesson = find(id, in: catalog, terminal: terminal) else { return ExitCode.badInput }
            let finished = LessonReader(lesson: lesson, terminal: terminal, plain: plain, colored: !plain && terminal.colorsOut(output.color),
                                        pauses: terminal.isInteractive && !noPause).read()
            if finished { LessonPath.markRead(lesson, terminal: terminal) }
            return ExitCode.success
        case .run(let id):
            guard let lesson = find(id, in: catalog, terminal: terminal) else { return ExitCode.badInput }
            guard !lesson.pipelines.isEmpty else {
                terminal.out.write("Lesson '\(lesson.id)' has no pipelines to run.\n")
                return ExitCode.success
            }
            var status = ExitCode.success
            let base = LessonFile.folder(of: lesson, terminal: terminal)
            for reference in lesson.pipelines {
                // A course's reference resolves against the course folder, from any folder.
                let pipeline = terminal.curriculum.argument(for: reference, base: base)
                terminal.out.write("\n== \(reference) ==\n")
                var arguments = ["replay", pipeline]
                if noPause { arguments.append("--no-pause") }
                arguments += recordArguments
                var session = terminal
                if pipeline == "secrets-env" {
                    // The safe way the lesson teaches: the key comes from the environment, never the command line.
                    arguments += ["--run", "data_path=data/live.csv"]
                    if session.environment["DATA_API_KEY"] == nil {
                        session.environment["DATA_API_KEY"] = "demo-key-123"
                        terminal.out.write("(a demo key is read from DATA_API_KEY, as your own key would be)\n")
                    }
                }
                status = max(status, PipelineCLI.run(arguments: arguments, terminal: session))
            }
            return status
        case .practice(let id):
            guard let lesson = find(id, in: catalog, terminal: terminal) else { return ExitCode.badInput }
            return PipelineCLI.run(arguments: LessonPath.practiceArguments(lesson, quizzes: terminal.curriculum.quizzes), terminal: terminal)
        case .lint(let directory):
            return LessonLint.run(directory: directory, seeds: seeds, terminal: terminal)
        }
    }

    /// A lesson by id, by its number in the list (`lesson show 2`), or a lesson file.
    private func find(_ id: String, in catalog: LessonCatalog, terminal: Terminal) -> Lesson? {
        if let number = Int(id), let lesson = catalog.lessons.first(where: { $0.order == number }) { return lesson }
        if LessonFile.names(id) {
            do {
                return try LessonFile.load(id, terminal: terminal)
            } catch {
                terminal.err.write(DiagnosticRenderer(sources: error.sources, colored: terminal.colorsErr(output.color)).render(error.diagnostics))
                return nil
            }
        }
        do {
            return try catalog.lesson(id)
        } catch {
            output.report(error.diagnostic, to: terminal)
            return nil
        }
    }
}
