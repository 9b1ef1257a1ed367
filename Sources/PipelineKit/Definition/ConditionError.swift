/// A problem in a `when:` condition: found when it is parsed (at load time) or evaluated
/// (when the step is reached). Locations point into the condition where one is known.
enum ConditionError: Error, Equatable, Sendable {
    /// Nothing to evaluate.
    case empty(at: SourceLocation)
    /// A token where something else was expected.
    case unexpectedToken(found: String, expected: String, at: SourceLocation)
    /// A quoted string never closed.
    case unterminatedString(at: SourceLocation)
    /// `${{` with no `}}` at the end.
    case unterminatedPlaceholder(at: SourceLocation)
    /// A name that is not `parameters.NAME` (`mode`, `params.mode`, `env.HOME`).
    case unknownName(name: String, at: SourceLocation)
    /// A number that cannot be read (`1.2.3`, or too large).
    case invalidNumber(text: String, at: SourceLocation)
    /// `a < b < c`.
    case chainedComparison(at: SourceLocation)
    /// A value where a condition is needed: `when: 'full'`, `parameters.x and 3`.
    case notACondition(text: String, at: SourceLocation?)
    /// Nested deeper than `limit`.
    case tooDeep(limit: Int, at: SourceLocation)
    /// A parameter the condition reads has no value.
    case unknownParameter(name: String, at: SourceLocation?)
    /// A bare parameter that is not a bool.
    case notABool(name: String, value: String, type: String, at: SourceLocation?)
    /// Operands of kinds that cannot be compared (an int with a string, …).
    case typeMismatch(left: String, right: String, operator: String, at: SourceLocation?)
    /// `<`, `>`, `<=` or `>=` between bools, lists or maps.
    case unorderedComparison(type: String, operator: String, at: SourceLocation?)
    /// A secret read by a condition: whether the step runs would tell its value.
    case secretCondition(name: String, at: SourceLocation?)
    /// A bare parameter declared with a type other than bool (found at load time).
    case declaredNotABool(name: String, type: String, at: SourceLocation?)

    /// Where the problem is, when known.
    var location: SourceLocation? {
        switch self {
        case .empty(let at), .unexpectedToken(_, _, let at), .unterminatedString(let at), .unterminatedPlaceholder(let at),
             .unknownName(_, let at), .invalidNumber(_, let at), .chainedComparison(let at), .tooDeep(_, let at):
            return at
        case .notACondition(_, let at), .unknownParameter(_, let at), .notABool(_, _, _, let at),
             .typeMismatch(_, _, _, let at), .unorderedComparison(_, _, let at),
             .secretCondition(_, let at), .declaredNotABool(_, _, let at):
            return at
        }
    }

    /// What is wrong, as a sentence.
    var message: String {
        switch self {
        case .empty:
            return "the condition is empty"
        case .unexpectedToken(let found, let expected, _):
            return "expected \(expected) in the condition, but found \(found)"
        case .unterminatedString:
            return "a quoted string in the condition is never closed"
        case .unterminatedPlaceholder:
            return "the condition's '${{' is never closed with '}}'"
        case .unknownName(let name, _):
            return "'\(name)' is not a parameter reference or a value"
        case .invalidNumber(let text, _):
            return "'\(text)' is not a number"
        case .chainedComparison:
            return "comparisons cannot be chained"
        case .notACondition(let text, _):
            return "\(text) is a value, not a condition"
        case .tooDeep(let limit, _):
            return "the condition nests more than \(limit) levels deep"
        case .unknownParameter(let name, _):
            return "the condition reads parameters.\(name), which has no value"
        case .notABool(let name, let value, let type, _):
            return "parameters.\(name) is \(type) (\(value)), not a bool"
        case .typeMismatch(let left, let right, let comparison, _):
            return "cannot compare \(left) with \(right) using \(comparison)"
        case .unorderedComparison(let type, let comparison, _):
            return "values of type \(type.split(separator: " ").last ?? "") cannot be compared with \(comparison)"
        case .secretCondition(let name, _):
            return "a secret cannot decide a condition: parameters.\(name) is secret"
        case .declaredNotABool(let name, let type, _):
            return "parameters.\(name) is declared \(type), not bool, so it cannot be a condition on its own"
        }
    }

    /// How to fix it, as a sentence.
    var hint: Hint {
        if case .unknownParameter(let name, _) = self {
            return "declare parameters.\(name) with a default, or pass \(UserAction.passParameter(name: name, value: "VALUE"))"
        }
        return Hint(advice)
    }

    /// The hints that name no action.
    private var advice: String {
        switch self {
        case .empty:
            return "write a condition such as ${{ parameters.train_model }}"
        case .unexpectedToken, .chainedComparison:
            return "a condition reads like parameters.mode == 'full' and (parameters.epochs > 10 or not parameters.quick)"
        case .unterminatedString:
            return "close the string with the quote it starts with"
        case .unterminatedPlaceholder:
            return "write ${{ expression }}, or the expression alone"
        case .unknownName(let name, _):
            let bare = name.split(separator: ".").last.map(String.init) ?? name
            return "conditions read parameters.NAME (write parameters.\(bare)); quote text: '\(name)'"
        case .invalidNumber:
            return "write numbers like 10, -3 or 0.5"
        case .notACondition:
            return "compare it with a parameter, for example parameters.mode == 'full'"
        case .tooDeep:
            return "simplify the condition"
        case .unknownParameter(let name, _):
            return "declare parameters.\(name) with a default"
        case .notABool(let name, let value, _, _):
            return "compare it: parameters.\(name) == \(value)"
        case .typeMismatch:
            return "compare a parameter with a literal of its type: numbers unquoted, text in quotes"
        case .unorderedComparison:
            return "compare these with == or !="
        case .secretCondition:
            return "whether a step runs is shown in the run's table and trace; test an ordinary bool parameter instead (for example use_live_data)"
        case .declaredNotABool(let name, _, _):
            return "compare it with a value of its type, for example parameters.\(name) == ..., or declare it type: bool"
        }
    }

    /// The error as a diagnostic.
    var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }
}
