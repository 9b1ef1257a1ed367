/// A format a command writes its result in, chosen with `--format`.
enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case csv
    case json
    case html
}

extension ParsedArguments {
    /// `--format`, already checked against the command's choices by the parser; text when not given.
    var format: OutputFormat {
        value(OptionSpec.formatName).flatMap(OutputFormat.init(rawValue:)) ?? .text
    }
}
