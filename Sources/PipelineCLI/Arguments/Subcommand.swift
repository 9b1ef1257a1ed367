import PipelineKit

/// The words that pick what a command does (`runs list`, `quiz report`, `completions zsh`):
/// each says what it does and how many arguments follow it. A command declares its words as
/// one enum; `CommandSpec.subcommands` lists them for help and completion, and
/// `ParsedArguments.subcommand(_:)` reads them back, so every command parses them one way.
protocol Subcommand: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// What the word does and which arguments follow it.
    var usage: SubcommandUsage { get }
    /// What a word of this kind is called in messages: "command" unless said (`completions` takes a "shell").
    static var noun: String { get }
}

extension Subcommand {
    static var noun: String { "command" }

    /// Every word of the kind, for `CommandSpec.subcommands`.
    static var specs: [SubcommandSpec] { allCases.map { SubcommandSpec(name: $0.rawValue, summary: $0.usage.summary) } }
}

/// What a subcommand word does, and how many arguments follow it.
struct SubcommandUsage: Sendable {
    /// One line for the command's help.
    var summary: String
    /// How many arguments follow the word.
    var arguments: ClosedRange<Int>
    /// What the arguments are, for the message when too few are given ("a lesson ID (see pipeline lesson list)").
    var naming: String

    init(_ summary: String, arguments: ClosedRange<Int> = 0...0, naming: String = "") {
        self.summary = summary
        self.arguments = arguments
        self.naming = naming
    }
}

/// A subcommand as help and completion show it.
public struct SubcommandSpec: Sendable {
    public var name: String
    public var summary: String
}

extension ParsedArguments {
    /// The word the first positional names and the arguments after it, checked against the
    /// word's count; nil when no positional is given (each command has its own default).
    func subcommand<Word: Subcommand>(_ kind: Word.Type) throws(UsageError) -> (word: Word, arguments: [String])? {
        guard let first = positionals.first else { return nil }
        guard let word = Word(rawValue: first) else {
            let names = Word.allCases.map(\.rawValue)
            guard Word.noun == "command" else { throw .unknownChoice(first, kind: Word.noun, command: command, choices: names) }
            throw .unknownCommand("\(command) \(first)", suggestion: NameSuggester.closest(to: first, in: names).map { "\(command) \($0)" })
        }
        let rest = Array(positionals.dropFirst()), usage = word.usage
        if rest.count < usage.arguments.lowerBound { throw .missingArgument(usage.naming, command: "\(command) \(first)") }
        if rest.count > usage.arguments.upperBound { throw .unexpectedArgument(rest[usage.arguments.upperBound], command: "\(command) \(first)") }
        return (word, rest)
    }

    /// The same, with `implied` taken when no word is given (`pipeline lesson` is `pipeline lesson list`).
    func subcommand<Word: Subcommand>(_ kind: Word.Type, default implied: Word) throws(UsageError) -> (word: Word, arguments: [String]) {
        try subcommand(kind) ?? (implied, [])
    }
}
