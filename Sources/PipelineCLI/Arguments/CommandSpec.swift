/// What a command is called, what it does and how to use it: the one source for parsing,
/// `--help`, `pipeline help TOPIC` and shell completions.
public struct CommandSpec: Sendable {
    public var name: String
    /// One line for the command list.
    public var summary: String
    /// Usage lines, without the leading `pipeline `.
    public var usage: [String]
    /// A paragraph or two explaining the command.
    public var discussion: String
    public var options: [OptionSpec]
    /// Sub-commands (`runs list`, `quiz lint`) for help and completion.
    public var subcommands: [SubcommandSpec]
    /// Example invocations with a comment each.
    public var examples: [(command: String, comment: String)]
    /// Unknown `--name value` options are parameter shorthands (run, replay, sweep).
    public var acceptsParameterShorthand: Bool
    /// What the positional arguments are, for shell completion.
    public var operands: Operands

    /// What a command's positional arguments name, for shell completion.
    public enum Operands: Sendable {
        /// Files (the default).
        case files
        /// Pipelines: bundled names, or files.
        case pipelines
        /// A command or a help topic (`pipeline help run`).
        case commandsAndTopics
    }

    public init(name: String, summary: String, usage: [String], discussion: String = "", options: [OptionSpec],
                subcommands: [SubcommandSpec] = [], examples: [(command: String, comment: String)] = [],
                acceptsParameterShorthand: Bool = false, operands: Operands = .files) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.discussion = discussion
        self.options = options + [.help]
        self.subcommands = subcommands
        self.examples = examples
        self.acceptsParameterShorthand = acceptsParameterShorthand
        self.operands = operands
    }

    public func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }

    /// Whether the command has an option of `option`'s name.
    func declares(_ option: OptionSpec) -> Bool {
        self.option(named: option.name) != nil
    }

    public func option(short: Character) -> OptionSpec? {
        options.first { $0.short == short }
    }
}
