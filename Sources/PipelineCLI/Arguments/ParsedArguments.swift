import PipelineKit

/// A command's arguments sorted into options, flags, positionals and parameter shorthands,
/// by a pure function of the argument list and the command's spec.
public struct ParsedArguments: Equatable, Sendable {
    /// The values given, by option name: read them through the option's spec (`value(of:)`).
    private(set) var values: [String: [String]] = [:]
    /// The flags given, by option name: read them through the option's spec (`arguments[flag]`).
    private(set) var flags: Set<String> = []
    public private(set) var positionals: [String] = []
    /// The command these are the arguments of (`run`), for messages.
    public private(set) var command: String = ""
    /// `--learning_rate 0.01` / `--learning_rate=0.01` for commands that take parameter shorthands,
    /// in the order typed; `nil` value when none followed.
    public private(set) var shorthands: [(name: String, value: String?)] = []

    public static func == (lhs: ParsedArguments, rhs: ParsedArguments) -> Bool {
        lhs.command == rhs.command && lhs.values == rhs.values && lhs.flags == rhs.flags && lhs.positionals == rhs.positionals
            && lhs.shorthands.map(\.name) == rhs.shorthands.map(\.name) && lhs.shorthands.map(\.value) == rhs.shorthands.map(\.value)
    }

    /// Sorts `arguments` by `spec`. `--` ends options. Every bad option is reported, not just
    /// the first.
    public static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        parsed.command = spec.name
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

    // MARK: - Reading, through the option's spec

    /// Whether a flag was given: `arguments[RunCommand.dryRun]`.
    public subscript(flag: OptionSpec) -> Bool {
        assert(!flag.takesValue, "--\(flag.name) takes a value: read it with value(of:)")
        return flags.contains(flag.name)
    }

    /// The value of an option, the last one when it was given more than once; nil when not given.
    public func value(of option: OptionSpec) -> String? {
        values(of: option).last
    }

    /// Every value of a repeatable option, in the order given.
    public func values(of option: OptionSpec) -> [String] {
        assert(option.takesValue, "--\(option.name) is a flag: read it with arguments[option]")
        return values[option.name] ?? []
    }

    /// A fixed-choice option as its type (`--format json` → `OutputFormat.json`); nil when not
    /// given. The parser has already refused a value outside the option's choices.
    public func choice<Choice: RawRepresentable>(of option: OptionSpec, as type: Choice.Type = Choice.self) -> Choice? where Choice.RawValue == String {
        value(of: option).flatMap(Choice.init(rawValue:))
    }

    /// `--format`, one of `option`'s formats; text when not given.
    func format(_ option: OptionSpec) -> OutputFormat {
        choice(of: option) ?? .text
    }

    /// `--color`, defaulting to auto.
    public var color: ColorChoice {
        choice(of: OptionSpec.color) ?? .auto
    }

    /// The options given that are not among `allowed`, as `--name`, sorted: for refusing the
    /// options an action does not use.
    func given(outside allowed: [OptionSpec]) -> [String] {
        let names = Set(values.keys).union(flags).subtracting(allowed.map(\.name))
        return names.sorted().map { "--" + $0 }
    }

    /// Exactly `range` positionals, or a usage error naming what is missing or extra.
    public func positionals(_ range: ClosedRange<Int>, naming what: String) throws(UsageError) -> [String] {
        if positionals.count < range.lowerBound { throw .missingArgument(what, command: command) }
        if positionals.count > range.upperBound { throw .unexpectedArgument(positionals[range.upperBound], command: command) }
        return positionals
    }
}
