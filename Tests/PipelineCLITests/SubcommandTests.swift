import Testing
@testable import PipelineKit
@testable import PipelineCLI

/// Subcommands are parsed one way for every command (`ParsedArguments.subcommand(_:)`), and
/// `help` and `completions` are commands of the registry like any other.
@Suite struct SubcommandTests {
    /// The command built from a command line (without the leading `pipeline`).
    static func command(_ words: [String]) throws -> any CLICommand {
        let type = try #require(CommandRegistry.command(named: words[0]))
        return try type.init(parsing: try ParsedArguments.parse(Array(words.dropFirst()), spec: type.spec))
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var words: [String]
        var error: UsageError
        var testDescription: String { words.joined(separator: " ") }
    }

    static let refusals: [Refusal] = [
        // `lesson list x` crashed (index out of range); `quiz list x` was an "unknown command 'quiz list'".
        Refusal(words: ["lesson", "list", "x"], error: .unexpectedArgument("x", command: "lesson list")),
        Refusal(words: ["quiz", "list", "x"], error: .unexpectedArgument("x", command: "quiz list")),
        Refusal(words: ["quiz", "lint", "a", "b"], error: .unexpectedArgument("b", command: "quiz lint")),
        Refusal(words: ["lesson", "show"], error: .missingArgument("a lesson ID (see pipeline lesson list)", command: "lesson show")),
        Refusal(words: ["lesson", "shw"], error: .unknownCommand("lesson shw", suggestion: "lesson show")),
        Refusal(words: ["quiz", "report"], error: .missingArgument("one or more result files", command: "quiz report")),
        Refusal(words: ["quiz", "show", "a", "b"], error: .unexpectedArgument("b", command: "quiz show")),
        Refusal(words: ["runs", "compare", "a"], error: .missingArgument("two or more run IDs", command: "runs compare")),
        Refusal(words: ["runs", "list", "x"], error: .unexpectedArgument("x", command: "runs list")),
        Refusal(words: ["bench", "fit"], error: .missingArgument("a FILE of timings", command: "bench fit")),
        Refusal(words: ["bench", "stps"], error: .unknownCommand("bench stps", suggestion: "bench steps")),
        Refusal(words: ["exercise", "start"], error: .missingArgument("an exercise ID (see pipeline exercise list)", command: "exercise start")),
        Refusal(words: ["exercise", "list", "x"], error: .unexpectedArgument("x", command: "exercise list")),
        Refusal(words: ["course"], error: .missingArgument("show or lint", command: "course")),
        Refusal(words: ["course", "lint", "a", "b"], error: .unexpectedArgument("b", command: "course lint")),
        Refusal(words: ["completions"], error: .missingArgument("a shell name: bash, zsh or fish", command: "completions")),
        Refusal(words: ["completions", "tcsh"], error: .unknownChoice("tcsh", kind: "shell", command: "completions", choices: ["bash", "zsh", "fish"])),
        Refusal(words: ["help", "run", "extra"], error: .unexpectedArgument("extra", command: "help")),
    ]

    @Test(arguments: refusals)
    func refuses(_ refusal: Refusal) {
        #expect(throws: refusal.error) { try Self.command(refusal.words) }
    }

    @Test func unknownShellSaysWhichShellsThereAre() {
        let diagnostic = UsageError.unknownChoice("tcsh", kind: "shell", command: "completions", choices: ["bash", "zsh", "fish"]).diagnostics[0]
        #expect(diagnostic.message == "unknown shell 'tcsh'")
        #expect(diagnostic.hint?.commandLine == "write pipeline completions bash, zsh or fish")
    }

    @Test func wordsBecomeActions() throws {
        #expect((try Self.command(["lesson"]) as! LessonCommand).action == .list)
        #expect((try Self.command(["lesson", "show", "2"]) as! LessonCommand).action == .show("2"))
        #expect((try Self.command(["lesson", "lint"]) as! LessonCommand).action == .lint(nil))
        #expect((try Self.command(["exercise", "check"]) as! ExerciseCommand).action == .check(nil))
        #expect((try Self.command(["exercise", "reset", "x"]) as! ExerciseCommand).action == .reset("x"))
        #expect((try Self.command(["quiz", "report", "a.json", "b.json"]) as! QuizCommand).action == .report(["a.json", "b.json"]))
        #expect((try Self.command(["quiz", "--reset"]) as! QuizCommand).action == .reset)
        #expect((try Self.command(["runs", "--limit", "3"]) as! RunsCommand).action == .list(limit: 3))
        #expect((try Self.command(["runs", "compare", "a", "b", "c"]) as! RunsCommand).action == .compare(["a", "b", "c"]))
        #expect((try Self.command(["bench", "quadratic"]) as! BenchCommand).action == .measure([.quadratic]))
        #expect((try Self.command(["bench"]) as! BenchCommand).action == .measure([.steps, .models]))
        #expect((try Self.command(["course", "show"]) as! CourseCommand).action == .show(nil))
        #expect((try Self.command(["completions", "fish"]) as! CompletionsCommand).shell == .fish)
        #expect((try Self.command(["help", "run"]) as! HelpCommand).topic == "run")
    }

    /// The overview, the suggestions, `help NAME` and the completion scripts all come from the registry.
    @Test func helpAndCompletionsAreCommandsOfTheRegistry() {
        #expect(CommandRegistry.names.suffix(2) == ["help", "completions"])
        #expect(Set(CommandRegistry.names).count == CommandRegistry.names.count)
        let overview = HelpPrinter.overview(width: 100)
        for name in CommandRegistry.names { #expect(overview.contains("\n  \(name) "), "\(name) is missing from the overview") }
        #expect(HelpPrinter.topic("help", width: 100)?.hasPrefix(HelpCommand.spec.summary) == true)
        #expect(HelpPrinter.topic("completions", width: 100)?.contains("SUBCOMMANDS:\n  bash") == true)
        for script in [Completions.bash(), Completions.zsh(), Completions.fish()] {
            for name in CommandRegistry.names { #expect(script.contains(name), "\(name) is missing from a completion script") }
        }
    }
}
