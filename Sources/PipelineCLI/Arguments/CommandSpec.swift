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
    public var subcommands: [(name: String, summary: String)]
    /// Example invocations with a comment each.
    public var examples: [(command: String, comment: String)]
    /// Unknown `--name value` options are parameter shorthands (run, replay, sweep).
    public var acceptsParameterShorthand: Bool
    /// Positional arguments completed with bundled pipeline names.
    public var completesPipelines: Bool

    public init(name: String, summary: String, usage: [String], discussion: String = "", options: [OptionSpec],
                subcommands: [(name: String, summary: String)] = [], examples: [(command: String, comment: String)] = [],
                acceptsParameterShorthand: Bool = false, completesPipelines: Bool = false) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.discussion = discussion
        self.options = options + [.help]
        self.subcommands = subcommands
        self.examples = examples
        self.acceptsParameterShorthand = acceptsParameterShorthand
        self.completesPipelines = completesPipelines
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
