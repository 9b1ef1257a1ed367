/// A problem with a parameter value, from any source, found before anything runs.
public enum ParameterError: Error, Equatable, Sendable {
    /// `--param epochs` with no `=value`.
    case missingValue(name: String)
    /// `--param learning_rate:0.01`: not written `name=value`.
    case notAnAssignment(text: String, suggestion: String?)
    case unknownParameter(name: String, suggestion: String?, declared: [String], source: ParameterSource)
    case missingRequired(name: String, type: String)
    case wrongType(name: String, shown: String, type: ParameterType, reason: String, hint: Hint, source: ParameterSource)
    /// `isBelow`: under `min:` (else over `max:`), decided from the typed value, never from `shown`.
    case outOfRange(name: String, shown: String, minimum: Double?, maximum: Double?, isBelow: Bool, source: ParameterSource)
    case notAllowed(name: String, shown: String, allowed: [String], source: ParameterSource)
    case unknownEnvironment(name: String, available: [String])
    case environmentVariableUnset(variable: String, parameter: String, isSecret: Bool)

    /// The parameter this error is about, when there is one.
    var parameterName: String? {
        switch self {
        case .missingValue(let name), .unknownParameter(let name, _, _, _), .missingRequired(let name, _),
             .wrongType(let name, _, _, _, _, _), .outOfRange(let name, _, _, _, _, _), .notAllowed(let name, _, _, _):
            return name
        case .environmentVariableUnset(_, let parameter, _): return parameter
        case .notAnAssignment, .unknownEnvironment: return nil
        }
    }

    /// The error as a diagnostic; `location` points into a params file or definition when the value came from one.
    public func diagnostic(at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    var message: String {
        switch self {
        case .missingValue(let name):
            return "parameter '\(EchoedText.cut(name))' has no value: an assignment needs '=VALUE'"
        case .notAnAssignment(let text, _):
            return "'\(EchoedText.cut(text))' is not written as name=value"
        case .unknownParameter(let name, _, _, let source):
            return "unknown parameter '\(EchoedText.cut(name))'\(source.inClause)"
        case .missingRequired(let name, let type):
            return "required parameter '\(name)' (\(type)) has no value"
        case .wrongType(let name, let shown, let type, let reason, _, let source):
            return "parameter '\(name)' expects \(type.article) \(type.rawValue), but got \(shown)\(source.inClause): \(reason)"
        case .outOfRange(let name, let shown, let minimum, let maximum, let isBelow, let source):
            if isBelow, let minimum {
                return "parameter '\(name)' is \(shown)\(source.inClause), below its minimum \(ParameterValue.format(minimum))"
            }
            return "parameter '\(name)' is \(shown)\(source.inClause), above its maximum \(maximum.map { ParameterValue.format($0) } ?? "")"
        case .notAllowed(let name, let shown, let allowed, let source):
            return "parameter '\(name)' is \(shown)\(source.inClause), which is not one of its allowed values"
                + (allowed.isEmpty ? " (not listed: the parameter is secret)" : " [\(allowed.joined(separator: ", "))]")
        case .unknownEnvironment(let name, let available):
            return available.isEmpty
                ? "environment '\(name)' is not defined: this pipeline has no 'environments:' section"
                : "environment '\(name)' is not defined"
        case .environmentVariableUnset(let variable, let parameter, _):
            return "parameter '\(parameter)' reads the environment variable \(variable), which is not set"
        }
    }

    public var hint: Hint? {
        switch self {
        case .missingValue(let name):
            return "write \(UserAction.passParameter(name: name, value: "VALUE"))"
        case .notAnAssignment(let text, let suggestion):
            let parts = suggestion.flatMap { text -> (String, String)? in
                guard let equals = text.firstIndex(of: "=") else { return nil }
                return (String(text[..<equals]), String(text[text.index(after: equals)...]))
            } ?? ("name", "value")
            return "write \(UserAction.passParameter(name: parts.0, value: parts.1)) (an equals sign between the name and the value)"
        case .unknownParameter(_, let suggestion, let declared, _):
            let list = declared.isEmpty ? "this pipeline declares no parameters" : "declared parameters: " + declared.joined(separator: ", ")
            return Hint(NameSuggester.hint(suggesting: suggestion, then: list))
        case .missingRequired(let name, _):
            return "pass \(UserAction.passParameter(name: name, value: "VALUE")), or give it a 'default:' in the pipeline"
        case .wrongType(_, _, _, _, let hint, _):
            return hint
        case .outOfRange(let name, _, let minimum, let maximum, _, _):
            let low = minimum.map { ParameterValue.format($0) } ?? "-∞"
            let high = maximum.map { ParameterValue.format($0) } ?? "∞"
            return "pass a value from \(low) to \(high), for example \(UserAction.passParameter(name: name, value: minimum.map { ParameterValue.format($0) } ?? high))"
        case .notAllowed(let name, _, let allowed, _):
            return allowed.first.map { Hint("pass one of them, for example \(UserAction.passParameter(name: name, value: $0))") }
                ?? Hint("pass one of the values listed under 'values:' in the pipeline")
        case .unknownEnvironment(_, let available):
            return available.isEmpty ? "remove \(UserAction.chooseEnvironmentSet), or add an 'environments:' map"
                : Hint("choose one of: " + available.joined(separator: ", "))
        case .environmentVariableUnset(let variable, _, true):
            // A secret stays off the command line: no suggestion to pass it there.
            return "set it from your secret store or a hidden prompt: read -rs \(variable) && export \(variable)"
        case .environmentVariableUnset(let variable, let parameter, false):
            return "set it (export \(variable)=...) or pass \(UserAction.passParameter(name: parameter, value: "VALUE"))"
        }
    }
}

extension ParameterType {
    /// `a` or `an`, for messages.
    var article: String { self == .int ? "an" : "a" }
}
