/// One option a command accepts, described once for parsing, `--help` and completions.
public struct OptionSpec: Sendable {
    public enum Kind: Sendable {
        /// `--dry-run`
        case flag
        /// `--format json`, `--format=json`
        case value(String)
    }

    public var name: String
    public var short: Character?
    public var kind: Kind
    public var help: String
    public var repeatable: Bool
    /// Values offered by shell completion (`json`, `text`), when the set is fixed.
    public var choices: [String]
    /// Completion offers file names.
    public var completesFiles: Bool

    public init(_ name: String, short: Character? = nil, _ kind: Kind = .flag, help: String, repeatable: Bool = false,
                choices: [String] = [], completesFiles: Bool = false) {
        self.name = name
        self.short = short
        self.kind = kind
        self.help = help
        self.repeatable = repeatable
        self.choices = choices
        self.completesFiles = completesFiles
    }

    public var takesValue: Bool {
        if case .value = kind { return true }
        return false
    }

    /// `--param NAME=VALUE` as shown in help.
    public var synopsis: String {
        var text = short.map { "-\($0), " } ?? ""
        text += "--\(name)"
        if case .value(let placeholder) = kind { text += " \(placeholder)" }
        return text
    }
}

extension OptionSpec {
    /// `-h`, `--help`: every command has it.
    static let help = OptionSpec("help", short: "h", help: "Show help for this command.")
    /// `--color WHEN`, read with `ParsedArguments.color`.
    static let color = OptionSpec("color", .value("WHEN"), help: "Colour output: auto (default: only on a terminal without NO_COLOR), always, never.",
                                  choices: ["auto", "always", "never"])
    /// `--ascii`, for commands that draw tables.
    static let ascii = OptionSpec("ascii", help: "Draw tables with plain ASCII.")

    /// `--format text|json`: a result as text, or as JSON for tools (run, rerun).
    static let textOrJSON = format([.text, .json])
    /// `--format text|markdown|csv|json`: a table as text, Markdown, CSV or JSON (runs, sweep).
    static let tableFormats = format([.text, .markdown, .csv, .json])

    /// `--format FORMAT` with the formats a command writes, read with `ParsedArguments.format(_:)`.
    static func format(_ formats: [OutputFormat], help: String? = nil) -> OptionSpec {
        let names = formats.map(\.rawValue)
        return OptionSpec("format", .value("FORMAT"), help: help ?? "Output format: \(names.joined(separator: ", ")).", choices: names)
    }
}
