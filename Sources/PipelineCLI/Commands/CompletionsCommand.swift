/// `pipeline completions bash|zsh|fish`: a shell completion script, generated from the
/// command specs (`Completions`).
struct CompletionsCommand: CLICommand {
    /// The shells a script is written for.
    enum Shell: String, Subcommand {
        case bash, zsh, fish

        var usage: SubcommandUsage {
            switch self {
            case .bash: SubcommandUsage("The script for bash (with bash-completion).")
            case .zsh: SubcommandUsage("The script for zsh, as the _pipeline function.")
            case .fish: SubcommandUsage("The script for fish.")
            }
        }

        static var noun: String { "shell" }
    }

    static let spec = CommandSpec(
        name: "completions",
        summary: "Print a shell completion script (bash, zsh, fish).",
        usage: ["completions bash|zsh|fish"],
        discussion: """
        The script completes the commands, their options and subcommands, and the names that change (pipelines, lessons, \
        banks, question and run ids), which it asks the same binary for as you type. bash can also load it for the current \
        shell only: source <(pipeline completions bash).
        """,
        options: [],
        subcommands: Shell.specs,
        examples: [
            ("completions bash > ~/.local/share/bash-completion/completions/pipeline", "bash: save it where bash-completion finds it"),
            ("completions zsh > ~/.zfunc/_pipeline", "zsh: save as _pipeline in a folder on $fpath"),
            ("completions fish > ~/.config/fish/completions/pipeline.fish", "fish"),
        ]
    )

    var shell: Shell

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        guard let given = try arguments.subcommand(Shell.self) else { throw .missingArgument("a shell name: bash, zsh or fish", command: "completions") }
        shell = given.word
    }

    func execute(in terminal: Terminal) -> Int32 {
        switch shell {
        case .bash: terminal.out.write(Completions.bash())
        case .zsh: terminal.out.write(Completions.zsh())
        case .fish: terminal.out.write(Completions.fish())
        }
        return ExitCode.success
    }
}
