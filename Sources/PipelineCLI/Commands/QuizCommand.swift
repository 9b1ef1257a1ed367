import Foundation
import PipelineKit

/// `pipeline quiz`: practice questions in the terminal, scripted answers, review, lint.
struct QuizCommand: CLICommand {
    static let spec = CommandSpec(
        name: "quiz",
        summary: "Answer the practice questions, review what you missed, sit exams, collect results, lint question banks.",
        usage: ["quiz [--bank ID|FILE] [--topic T] [--tag T] [--count N] [--shuffle --seed S] [--review]",
                "quiz --bank ID --answers D,B,A,... [--student NAME] [--result FILE] [--format json|csv]",
                "quiz --bank ID --exam --seed S [--per-student] [--time 20m] [--attempts N]",
                "quiz --generate N --pipeline PIPELINE [--run \"NAME=VALUE ...\" ...] [--save FILE.json]",
                "quiz list | quiz show ID | quiz lint [FILE|DIR] | quiz --reset",
                "quiz results [--format csv|json] | quiz report FILE.json... [--format csv|json]"],
        discussion: """
        In a terminal the quiz asks one question at a time: type a letter (either case) or a number, s to skip, h for a hint, \
        q to stop. After each answer it shows why the option you chose is right or wrong, the worked solution, a quick check \
        and the common mistakes; at the end, your score and the questions you missed. Every answer is saved at once in \
        $PIPELINE_STATE_DIR, $XDG_STATE_HOME/pipeline or ~/.local/state/pipeline; --review asks the ones you missed first. \
        Without a terminal, give the answers with --answers (one per question, in order; - skips one; A+C for several \
        options). --result FILE writes what a teacher collects (bank id and hash, student, time, seed, tool version, and per \
        question the option chosen by its key in the bank, whatever letter a shuffle showed); quiz report merges such files. \
        --exam holds all feedback back until the end and fixes the order from --seed (per student with --per-student).
        """,
        options: QuizOptions.specs,
        subcommands: Word.specs,
        examples: [
            ("quiz", "choose a bank and answer its questions"),
            ("quiz --bank parameterized-runs --count 5 --answers A,B,C,D,A", "five questions answered without prompts (for scripts)"),
            ("quiz --bank complexity --shuffle --seed 7 --count 5", "five shuffled questions"),
            ("quiz --review", "the questions you missed, first"),
            ("quiz --generate 4 --pipeline train-lr --run learning_rate=0.01 --run learning_rate=0.1", "new questions about a session"),
            ("quiz lint my-bank.json", "check a bank you wrote"),
            ("quiz --bank hw3.json --exam --seed 42 --per-student --time 20m --student ana --result ana.json", "an exam whose result a teacher collects"),
            ("quiz report ana.json ben.json cleo.json", "share right and which wrong option drew whom, per question"),
        ]
    )

    /// The words after `pipeline quiz`; without one, a sitting (or `--reset`).
    enum Word: String, Subcommand {
        case list, show, lint, results, report

        var usage: SubcommandUsage {
            switch self {
            case .list: SubcommandUsage("The banks and their question counts.")
            case .show: SubcommandUsage("One question with its answer and solution (for teachers).", arguments: 1...1, naming: "a question ID")
            case .lint: SubcommandUsage("Check bank files: syntax, schema, unique ids, answers, options, trace answers.", arguments: 0...1)
            case .results: SubcommandUsage("Export your saved progress, per question (text, csv or json).")
            case .report: SubcommandUsage("Merge students' result files into one table per question (item analysis).", arguments: 1...Int.max,
                                          naming: "one or more result files")
            }
        }
    }

    enum Action: Equatable {
        case play
        case list
        case show(String)
        case lint(String?)
        case results
        case report([String])
        case reset
    }

    var action: Action
    var options: QuizOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        // The arguments after the word: the parser has checked their count.
        let given = try arguments.subcommand(Word.self)
        let rest = given?.arguments ?? []
        switch given?.word {
        case nil: action = arguments[QuizOptions.reset] ? .reset : .play
        case .list?: action = .list
        case .show?: action = .show(rest[0])
        case .lint?: action = .lint(rest.first)
        case .results?: action = .results
        case .report?: action = .report(rest)
        }
        try Self.refuseUnused(arguments, for: action)
        options = try QuizOptions(parsing: arguments)
    }

    /// Options the action does not use are refused, never silently ignored.
    private static func refuseUnused(_ arguments: ParsedArguments, for action: Action) throws(UsageError) {
        let allowed: [OptionSpec], name: String
        switch action {
        case .play: (allowed, name) = (QuizOptions.specs.filter { $0.name != QuizOptions.yes.name }, "a quiz")
        case .results: (allowed, name) = ([QuizOptions.format, QuizOptions.student, .color], "quiz results")
        case .report: (allowed, name) = ([QuizOptions.format, .color], "quiz report")
        case .list: (allowed, name) = ([.color], "quiz list")
        case .show: (allowed, name) = ([.color], "quiz show")
        case .lint: (allowed, name) = ([.color], "quiz lint")
        case .reset: (allowed, name) = ([QuizOptions.reset, QuizOptions.yes, .color], "quiz --reset")
        }
        let flags = arguments.given(outside: allowed)
        guard !flags.isEmpty else { return }
        throw .conflict("\(name) does not use \(flags.joined(separator: ", ")): remove \(flags.count == 1 ? "it" : "them")")
    }

    func execute(in terminal: Terminal) -> Int32 {
        let catalog = terminal.curriculum.quizzes
        switch action {
        case .list: return QuizListing.list(catalog, terminal: terminal)
        case .show(let id): return QuizListing.show(id, catalog: catalog, terminal: terminal)
        case .lint(let path): return QuizLint.run(path, terminal: terminal)
        case .results: return QuizResults.export(catalog, options: options, terminal: terminal)
        case .report(let files): return QuizReportCommand.run(files, format: options.format, terminal: terminal)
        case .reset: return QuizReset.run(confirmed: options.yes, terminal: terminal)
        case .play: return QuizPlayer(options: options, catalog: catalog, terminal: terminal).run()
        }
    }
}
