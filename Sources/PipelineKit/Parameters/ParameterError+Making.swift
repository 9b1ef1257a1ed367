// MARK: - Making parameter errors

extension ParameterError {
    /// A name no parameter declares, with the closest declared name as a suggestion.
    static func unknown(_ name: String, among declared: DeclaredParameters, source: ParameterSource) -> ParameterError {
        let names = declared.names
        return .unknownParameter(name: name, suggestion: NameSuggester.closest(to: name, in: names), declared: names, source: source)
    }

    /// A value that does not read as the parameter's type; a secret's text is never shown, and
    /// other text is quoted back cut to a readable length. `shown` is the text as written, or
    /// for a list or mapping in a file, its kind in words (`a list`), shown unquoted.
    static func wrongType(_ parameter: Parameter, shown: String, isText: Bool = true, failure: ValueParser.Failure,
                          source: ParameterSource) -> ParameterError {
        let text = parameter.isSecret ? ResolvedParameter.redacted : isText ? "'\(EchoedText.cut(shown))'" : shown
        let hint: Hint = source == .commandLine
            ? "for example \(UserAction.passParameter(name: parameter.name, value: exampleValue(parameter)))" : Hint(failure.hint)
        return .wrongType(name: parameter.name, shown: text, type: parameter.type, reason: failure.reason, hint: hint, source: source)
    }

    /// The error for one broken rule of a resolved value.
    static func violation(_ violation: ParameterRules.Violation, of parameter: Parameter, shown: String,
                          source: ParameterSource) -> ParameterError {
        switch violation {
        case .belowMinimum:
            return .outOfRange(name: parameter.name, shown: shown, minimum: parameter.minimum, maximum: parameter.maximum,
                               isBelow: true, source: source)
        case .aboveMaximum:
            return .outOfRange(name: parameter.name, shown: shown, minimum: parameter.minimum, maximum: parameter.maximum,
                               isBelow: false, source: source)
        case .notAllowed(let allowed):
            // A secret's allowed values are as secret as its value: name none of them.
            return .notAllowed(name: parameter.name, shown: shown, allowed: parameter.isSecret ? [] : allowed.map(\.rendered), source: source)
        }
    }

    /// A value that passes the parameter's own checks: its default, else its minimum, else a
    /// typical value of its type.
    static func exampleValue(_ parameter: Parameter) -> String {
        if case .value(let value, _)? = parameter.defaultValue, !parameter.isSecret { return value.rendered }
        switch parameter.type {
        case .int: return parameter.minimum.map { String(Int($0)) } ?? "10"
        case .float: return parameter.minimum.map(ParameterValue.format) ?? "0.01"
        case .bool: return "true"
        case .list: return "[64,32]"
        case .map: return "{a: 1}"
        default: return "VALUE"
        }
    }
}
