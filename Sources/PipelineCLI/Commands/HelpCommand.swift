import PipelineKit

/// `pipeline help [COMMAND|TOPIC]`: the list of commands and topics, a command's help, or a topic.
struct HelpCommand: CLICommand {
    static let spec = CommandSpec(
        name: "help",
        summary: "Show help for a command or topic.",
        usage: ["help [COMMAND|TOPIC]"],
        discussion: """
        Without a name, the commands and the topics (as pipeline --help). With a command, its usage, options and examples \
        (as pipeline COMMAND --help); with a topic, the topic.
        """,
        options: [],
        examples: [("help run", "how to run a pipeline and pass values"), ("help parameters", "parameter types and where values come from")],
        operands: .commandsAndTopics
    )

    /// The command or topic asked about; nil for the overview.
    var topic: String?

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topic = try arguments.positionals(0...1, naming: "a COMMAND or TOPIC").first
    }

    func execute(in terminal: Terminal) -> Int32 {
        guard let topic else {
            terminal.out.write(HelpPrinter.overview(width: terminal.width))
            return ExitCode.success
        }
        if let text = HelpPrinter.topic(topic, width: terminal.width) {
            terminal.out.write(text)
            return ExitCode.success
        }
        PipelineCLI.report(.unknownHelpTopic(topic, suggestion: NameSuggester.closest(to: topic, in: CommandRegistry.names + HelpPrinter.topicNames),
                                             topics: HelpPrinter.topicNames), terminal: terminal)
        return ExitCode.badInput
    }
}
