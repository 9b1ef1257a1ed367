import PipelineKit

/// Builds `pipeline --help`, `pipeline help TOPIC` and `pipeline COMMAND --help` from the specs.
enum HelpPrinter {
    static func overview(width: Int) -> String {
        var out = """
        pipeline — learn parameterized ML pipeline runs by doing them.

        USAGE: pipeline [--course DIR] COMMAND [OPTIONS]

        COMMANDS:

        """
        out += aligned(CommandRegistry.all.map { ($0.spec.name, $0.spec.summary) }, width: width)
        out += "\nTOPICS (pipeline help TOPIC):\n"
        out += aligned(topics.map { ($0.name, $0.summary) }, width: width)
        out += """

        Start with:  pipeline replay          (watch two runs of one pipeline, step by step)
                     pipeline run train-lr --param learning_rate=0.01
        Options:     --help on any command, --version
                     --course DIR before the command (or PIPELINE_COURSE): a teacher's course beside the built-in content

        """
        return out
    }

    static func help(for spec: CommandSpec, width: Int) -> String {
        var out = "\(spec.summary)\n\nUSAGE:\n"
        for line in spec.usage { out += "  pipeline \(line)\n" }
        if !spec.discussion.isEmpty {
            out += "\n" + TextWrapper.wrap(spec.discussion, width: width, indent: 0) + "\n"
        }
        if !spec.subcommands.isEmpty {
            out += "\nSUBCOMMANDS:\n" + aligned(spec.subcommands.map { ($0.name, $0.summary) }, width: width)
        }
        out += "\nOPTIONS:\n" + aligned(spec.options.map { ($0.synopsis, $0.help) }, width: width)
        if !spec.examples.isEmpty {
            out += "\nEXAMPLES:\n"
            for example in spec.examples {
                out += "  # \(example.comment)\n  pipeline \(example.command)\n"
            }
        }
        return out
    }

    // MARK: - Topics

    struct Topic {
        var name: String
        var summary: String
        /// The topic's text at a terminal width.
        var text: @Sendable (Int) -> String
    }

    static let topics: [Topic] = [
        Topic(name: "parameters", summary: "Parameter types, sources and their precedence.", text: { _ in HelpTopics.parameters }),
        Topic(name: "pipeline-format", summary: "How a pipeline file is written: keys, types, precedence, conditions, limits.",
              text: { HelpTopics.document("docs/pipeline-format.md", width: $0) }),
        Topic(name: "scripts", summary: "The simulated scripts: each one's options (kind, default, meaning) and outputs.",
              text: { ScriptsHelp.text(width: $0) }),
        Topic(name: "yaml-subset", summary: "The part of YAML that pipeline files may use.", text: { HelpTopics.document("docs/yaml-subset.md", width: $0) }),
        Topic(name: "exit-codes", summary: "What each exit status means.", text: { _ in HelpTopics.exitCodes }),
    ]

    static var topicNames: [String] { topics.map(\.name) }

    static func topic(_ name: String, width: Int) -> String? {
        if let type = CommandRegistry.command(named: name) { return help(for: type.spec, width: width) }
        return topics.first { $0.name == name }?.text(width)
    }

    /// Two columns: a name, then its text wrapped beside it.
    static func aligned(_ rows: [(String, String)], width: Int) -> String {
        let left = min(30, (rows.map(\.0.count).max() ?? 0) + 4)
        var out = ""
        for (name, text) in rows {
            let padded = "  " + name
            let wrapped = TextWrapper.wrap(text, width: max(20, width - left), indent: 0).split(separator: "\n", omittingEmptySubsequences: false)
            if padded.count + 2 > left {
                out += padded + "\n"
                for line in wrapped { out += String(repeating: " ", count: left) + line + "\n" }
            } else {
                for (index, line) in wrapped.enumerated() {
                    let lead = index == 0 ? padded + String(repeating: " ", count: left - padded.count) : String(repeating: " ", count: left)
                    out += lead + line + "\n"
                }
            }
        }
        return out
    }
}
