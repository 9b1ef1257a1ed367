/// A problem in a `when:` condition, found when it is parsed (at load time) or evaluated
/// (when the step is reached); the location points into the condition where one is known.
typealias ConditionError = LocatedError<ConditionProblem>

/// What can be wrong in a `when:` condition.
enum ConditionProblem: ProblemKind {
    /// Nothing to evaluate.
    case empty
    /// A token where something else was expected.
    case unexpectedToken(found: String, expected: String)
    /// A quoted string never closed.
    case unterminatedString
    /// `${{` with no `}}` at the end.
    case unterminatedPlaceholder
    /// A name that is not `parameters.NAME` (`mode`, `params.mode`, `env.HOME`).
    case unknownName(name: String)
    /// A number that cannot be read (`1.2.3`, or too large).
    case invalidNumber(text: String)
    /// `a < b < c`.
    case chainedComparison
    /// A value where a condition is needed: `when: 'full'`, `parameters.x and 3`.
    case notACondition(text: String)
    /// Nested deeper than `limit`.
    case tooDeep(limit: Int)
    /// A parameter the condition reads has no value.
    case unknownParameter(name: String)
    /// A bare parameter that is not a bool.
    case notABool(name: String, value: String, type: String)
    /// Operands of kinds that cannot be compared (an int with a string, …).
    case typeMismatch(left: String, right: String, operator: String)
    /// `<`, `>`, `<=` or `>=` between bools, lists or maps.
    case unorderedComparison(type: String, operator: String)
    /// A secret read by a condition: whether the step runs would tell its value.
    case secretCondition(name: String)
    /// A bare parameter declared with a type other than bool (found at load time).
    case declaredNotABool(name: String, type: String)

    /// What is wrong and how to fix it.
    var explanation: Explanation {
        let example: Hint = "a condition reads like parameters.mode == 'full' and (parameters.epochs > 10 or not parameters.quick)"
        switch self {
        case .empty:
            return Explanation("the condition is empty",
                               fix: "write a condition such as ${{ parameters.train_model }}")
        case .unexpectedToken(let found, let expected):
            return Explanation("expected \(expected) in the condition, but found \(found)", fix: example)
        case .unterminatedString:
            return Explanation("a quoted string in the condition is never closed",
                               fix: "close the string with the quote it starts with")
        case .unterminatedPlaceholder:
            return Explanation("the condition's '${{' is never closed with '}}'",
                               fix: "write ${{ expression }}, or the expression alone")
        case .unknownName(let name):
            let bare = name.split(separator: ".").last.map(String.init) ?? name
            return Explanation("'\(name)' is not a parameter reference or a value",
                               fix: "conditions read parameters.NAME (write parameters.\(bare)); quote text: '\(name)'")
        case .invalidNumber(let text):
            return Explanation("'\(text)' is not a number",
                               fix: "write numbers like 10, -3 or 0.5")
        case .chainedComparison:
            return Explanation("comparisons cannot be chained", fix: example)
        case .notACondition(let text):
            return Explanation("\(text) is a value, not a condition",
                               fix: "compare it with a parameter, for example parameters.mode == 'full'")
        case .tooDeep(let limit):
            return Explanation("the condition nests more than \(limit) levels deep",
                               fix: "simplify the condition")
        case .unknownParameter(let name):
            return Explanation("the condition reads parameters.\(name), which has no value",
                               fix: "declare parameters.\(name) with a default, or pass \(UserAction.passParameter(name: name, value: "VALUE"))")
        case .notABool(let name, let value, let type):
            return Explanation("parameters.\(name) is \(type) (\(value)), not a bool",
                               fix: "compare it: parameters.\(name) == \(value)")
        case .typeMismatch(let left, let right, let comparison):
            return Explanation("cannot compare \(left) with \(right) using \(comparison)",
                               fix: "compare a parameter with a literal of its type: numbers unquoted, text in quotes")
        case .unorderedComparison(let type, let comparison):
            return Explanation("values of type \(type.split(separator: " ").last ?? "") cannot be compared with \(comparison)",
                               fix: "compare these with == or !=")
        case .secretCondition(let name):
            return Explanation("a secret cannot decide a condition: parameters.\(name) is secret",
                               fix: "whether a step runs is shown in the run's table and trace; test an ordinary bool parameter instead (for example use_live_data)")
        case .declaredNotABool(let name, let type):
            return Explanation("parameters.\(name) is declared \(type), not bool, so it cannot be a condition on its own",
                               fix: "compare it with a value of its type, for example parameters.\(name) == ..., or declare it type: bool")
        }
    }
}
