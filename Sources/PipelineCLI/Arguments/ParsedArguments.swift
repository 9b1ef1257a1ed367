import PipelineKit

/// A command's arguments sorted into options, flags, positionals and parameter shorthands,
/// by a pure function of the argument list and the command's spec.
public struct ParsedArguments: Equatable, Sendable {
    public private(set) var values: [String: [String]] = [:]
    public private(set) var flags: Set<String> = []
    public private(set) var positionals: [String] = []
    /// `--learning_rate 0.01` / `--learning_rate=0.01` for commands that take parameter shorthands,
    /// in the order typed; `nil` value when none followed.
    public private(set) var shorthands: [(name: String, value: String?)] = []

    public static func == (lhs: ParsedArguments, rhs: ParsedArguments) -> Bool {
        lhs.values == rhs.values && lhs.flags == rhs.flags && lhs.positionals == rhs.positionals
            && lhs.shorthands.map(\.name) == rhs.shorthands.map(\.name) && lhs.shorthands.map(\.value) == rhs.shorthands.map(\.value)
    }

    /// Sorts `arguments` by `spec`. `--` ends options. Every bad option is reported, not just
    /// the first.
    public static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var problems: [UsageError] = []
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (name, inline) = split(argument)
            let option: OptionSpec?
            if argument.hasPrefix("--") {
                option = spec.option(named: name)
            } else if name.count == 1, let letter = name.first {
                option = spec.option(short: letter)
            } else {
                option = nil
            }
            guard let option else {
                if spec.acceptsParameterShorthand, argument.hasPrefix("--") {
                    var value = inline
                    if value == nil, index < arguments.count, !arguments[index].hasPrefix("--") {
                        value = arguments[index]
                        index += 1
                    }
                    parsed.shorthands.append((name, value))
                    continue
                }
                let known = spec.options.map { "--" + $0.name }
                problems.append(.unknownOption(argument, command: spec.name, suggestion: NameSuggester.closest(to: "--" + name, in: known)))
                continue
            }
            switch option.kind {
            case .flag:
                if inline != nil { problems.append(.flagWithValue(argument)) }
                parsed.flags.insert(option.name)
            case .value(let placeholder):
                var value = inline
                if value == nil {
                    // A value may start with `-` (a negative number) but not look like another option.
                    if index < arguments.count, !(arguments[index].hasPrefix("--") && arguments[index].count > 2) {
                        value = arguments[index]
                        index += 1
                    }
                }
                guard let value else {
                    problems.append(.missingOptionValue("--" + option.name, placeholder: placeholder))
                    continue
                }
                if !option.choices.isEmpty, !option.choices.contains(value) {
                    problems.append(.invalidOptionValue(option: "--" + option.name, value: value, allowed: option.choices))
                    continue
                }
                if option.repeatable {
                    parsed.values[option.name, default: []].append(value)
                } else {
                    parsed.values[option.name] = [value]
                }
            }
        }
        try UsageError.throwAll(problems)
        return parsed
    }

    private static func split(_ argument: String) -> (name: String, inline: String?) {
        let body = argument.drop { $0 == "-" }
        if let equals = body.firstIndex(of: "=") {
            return (String(body[..<equals]), String(body[body.index(after: equals)...]))
        }
        return (String(body), nil)
    }

    // MARK: - Reading

    public func value(_ name: String) -> String? { values[name]?.last }
    public func all(_ name: String) -> [String] { values[name] ?? [] }
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// `--color`, defaulting to auto.
    public var color: ColorChoice {
        switch value("color") {
        case "always": return .always
        case "never": return .never
        default: return .auto
        }
    }

    /// Exactly `range` positionals, or a usage error naming what is missing or extra.
    public func positionals(_ range: ClosedRange<Int>, command: String, naming what: String) throws(UsageError) -> [String] {
        if positionals.count < range.lowerBound { throw .missingArgument(what, command: command) }
        if positionals.count > range.upperBound { throw .unexpectedArgument(positionals[range.upperBound], command: command) }
        return positionals
    }
}
