import PipelineKit

/// A command line `pipeline` cannot use: wrong option, missing value, wrong count of arguments.
public enum UsageError: Error, Equatable, Sendable {
    case unknownCommand(String, suggestion: String?)
    /// A word that is none of a command's choices (`completions tcsh`): the kind of word, the command, the choices.
    case unknownChoice(String, kind: String, command: String, choices: [String])
    /// `pipeline help NAME` where NAME is neither a command nor a topic.
    case unknownHelpTopic(String, suggestion: String?, topics: [String])
    case unknownOption(String, command: String, suggestion: String?)
    case missingOptionValue(String, placeholder: String)
    case invalidOptionValue(option: String, value: String, allowed: [String])
    case unexpectedArgument(String, command: String)
    case missingArgument(String, command: String)
    case flagWithValue(String)
    case conflict(String)
    /// A common slip on the command line, with the fix the user meant (`ArgvSlips`).
    case slip(String, hint: String)
    /// Problems with parameter options (`--param epochs`), several at once.
    case parameters([ParameterError])
    /// More than one of the above, reported together.
    indirect case several([UsageError])

    /// Throws the problems found, one as itself and several together; nothing when none.
    static func throwAll(_ problems: [UsageError]) throws(UsageError) {
        if problems.count == 1, let only = problems.first { throw only }
        if problems.count > 1 { throw .several(problems) }
    }

    public var diagnostics: [Diagnostic] {
        switch self {
        case .unknownCommand(let name, let suggestion):
            return [Diagnostic(.error, "unknown command '\(name)'",
                               hint: NameSuggester.hint(suggesting: suggestion, then: "run 'pipeline --help' to list the commands"))]
        case .unknownChoice(let word, let kind, let command, let choices):
            let listed = choices.dropLast().joined(separator: ", ") + (choices.count > 1 ? " or " : "") + (choices.last ?? "")
            return [Diagnostic(.error, "unknown \(kind) '\(word)'", hint: "write pipeline \(command) \(listed)")]
        case .unknownHelpTopic(let name, let suggestion, let topics):
            return [Diagnostic(.error, "there is no help for '\(name)': it is neither a command nor a topic",
                               hint: NameSuggester.hint(suggesting: suggestion, then: "topics: " + topics.joined(separator: ", "))
                                   + "; 'pipeline --help' lists the commands")]
        case .unknownOption(let option, let command, let suggestion):
            return [Diagnostic(.error, "unknown option '\(option)' for 'pipeline \(command)'",
                               hint: NameSuggester.hint(suggesting: suggestion, then: "run 'pipeline \(command) --help' to list its options"))]
        case .missingOptionValue(let option, let placeholder):
            return [Diagnostic(.error, "option '\(option)' needs a value", hint: "write \(option) \(placeholder)")]
        case .invalidOptionValue(let option, let value, let allowed):
            return [Diagnostic(.error, "'\(value)' is not a valid value for \(option)", hint: "use one of: " + allowed.joined(separator: ", "))]
        case .unexpectedArgument(let argument, let command):
            return [Diagnostic(.error, "unexpected argument '\(argument)' for 'pipeline \(command)'",
                               hint: "run 'pipeline \(command) --help' to see its usage")]
        case .missingArgument(let what, let command):
            return [Diagnostic(.error, "'pipeline \(command)' needs \(what)", hint: "run 'pipeline \(command) --help' to see its usage")]
        case .flagWithValue(let option):
            return [Diagnostic(.error, "option '\(option)' takes no value", hint: "write \(option.split(separator: "=").first.map(String.init) ?? option) alone")]
        case .conflict(let message):
            return [Diagnostic(.error, message)]
        case .slip(let message, let hint):
            return [Diagnostic(.error, message, hint: hint)]
        case .parameters(let errors):
            return errors.map { $0.diagnostic() }
        case .several(let errors):
            return errors.flatMap(\.diagnostics)
        }
    }
}
