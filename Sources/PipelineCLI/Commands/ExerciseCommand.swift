import PipelineKit

/// `pipeline exercise list|start|check|hint|reset|lint`: fix-it exercises, each a broken
/// pipeline checked by the real engine.
struct ExerciseCommand: CLICommand {
    static let spec = CommandSpec(
        name: "exercise",
        summary: "Fix broken pipelines; the engine checks your fix.",
        usage: ["exercise list", "exercise start ID", "exercise check [ID]", "exercise hint [ID]", "exercise reset ID", "exercise lint [DIR]"],
        discussion: """
        Each exercise is a broken pipeline that teaches one idea from the lessons. 'start' copies it into \
        ./pipeline-exercises/ID/ with its task in TASK.md; edit the files, then 'check' loads, validates, dry-runs and runs \
        your file over several combinations of values you do not see, and says which expectation still fails. \
        'hint' gives one more hint each time: a nudge, then the rule, then the lines to change. The reference solution \
        is shown once your fix passes. Without ID, check and hint use the exercise of the folder you are in, or the only \
        one started here. Progress (done, checks, hints) is kept in the state folder ($PIPELINE_STATE_DIR) and shown by \
        'list' and on the welcome screen.
        """,
        options: [.color],
        subcommands: Word.specs,
        examples: [("exercise list", "what there is to fix"), ("exercise start misspelled-reference", "copy one to work on"),
                   ("exercise check misspelled-reference", "check your fix"), ("exercise hint", "stuck? one more hint"),
                   ("exercise lint my-exercises/", "check exercises you wrote")]
    )

    /// The words after `pipeline exercise`.
    enum Word: String, Subcommand {
        case list, start, check, hint, reset, lint

        var usage: SubcommandUsage {
            let id = "an exercise ID (see pipeline exercise list)"
            switch self {
            case .list: return SubcommandUsage("The exercises, their lessons and your progress.")
            case .start: return SubcommandUsage("Copy an exercise into ./pipeline-exercises/ID/.", arguments: 1...1, naming: id)
            case .check: return SubcommandUsage("Check your fix with the engine.", arguments: 0...1)
            case .hint: return SubcommandUsage("The next hint.", arguments: 0...1)
            case .reset: return SubcommandUsage("Put the broken files back (your edits are lost).", arguments: 1...1, naming: id)
            case .lint: return SubcommandUsage("Check exercises: each broken file fails as intended, each solution passes.", arguments: 0...1)
            }
        }
    }

    enum Action: Equatable {
        case list
        case start(String)
        case check(String?)
        case hint(String?)
        case reset(String)
        case lint(String?)
    }

    var action: Action
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        // The parser has checked that start and reset have their ID.
        let given = try arguments.subcommand(Word.self, default: .list)
        switch given.word {
        case .list: action = .list
        case .start: action = .start(given.arguments[0])
        case .check: action = .check(given.arguments.first)
        case .hint: action = .hint(given.arguments.first)
        case .reset: action = .reset(given.arguments[0])
        case .lint: action = .lint(given.arguments.first)
        }
        output = OutputOptions(parsing: arguments)
    }

    func execute(in terminal: Terminal) -> Int32 {
        let session = ExerciseSession(catalog: terminal.curriculum.exercises, terminal: terminal, color: output.color)
        switch action {
        case .list: return session.list()
        case .start(let id): return session.start(id)
        case .check(let id): return session.check(id)
        case .hint(let id): return session.hint(id)
        case .reset(let id): return session.reset(id)
        case .lint(let directory): return session.lint(directory)
        }
    }
}
