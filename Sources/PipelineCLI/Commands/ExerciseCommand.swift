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
        subcommands: [("list", "The exercises, their lessons and your progress."), ("start", "Copy an exercise into ./pipeline-exercises/ID/."),
                      ("check", "Check your fix with the engine."), ("hint", "The next hint."),
                      ("reset", "Put the broken files back (your edits are lost)."),
                      ("lint", "Check exercises: each broken file fails as intended, each solution passes.")],
        examples: [("exercise list", "what there is to fix"), ("exercise start misspelled-reference", "copy one to work on"),
                   ("exercise check misspelled-reference", "check your fix"), ("exercise hint", "stuck? one more hint"),
                   ("exercise lint my-exercises/", "check exercises you wrote")]
    )

    enum Action: Equatable {
        case list
        case start(String)
        case check(String?)
        case hint(String?)
        case reset(String)
        case lint(String?)
    }

    var action: Action
    var color: ColorChoice

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        let words = arguments.positionals
        let names = ["list", "start", "check", "hint", "reset", "lint"]
        switch (words.first, words.count) {
        case (nil, _), ("list"?, 1): action = .list
        case ("start"?, 2): action = .start(words[1])
        case ("check"?, 1...2): action = .check(words.count == 2 ? words[1] : nil)
        case ("hint"?, 1...2): action = .hint(words.count == 2 ? words[1] : nil)
        case ("reset"?, 2): action = .reset(words[1])
        case ("lint"?, 1...2): action = .lint(words.count == 2 ? words[1] : nil)
        case (let word?, let count) where names.contains(word):
            throw count < 2 ? .missingArgument("an exercise ID (see pipeline exercise list)", command: "exercise \(word)")
                            : .unexpectedArgument(word == "list" ? words[1] : words[2], command: "exercise \(word)")
        case (let word?, _):
            throw .unknownCommand("exercise \(word)", suggestion: NameSuggester.closest(to: word, in: names).map { "exercise \($0)" })
        }
        color = arguments.color
    }

    func execute(in terminal: Terminal) -> Int32 {
        let session = ExerciseSession(catalog: terminal.curriculum.exercises, terminal: terminal, color: color)
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
