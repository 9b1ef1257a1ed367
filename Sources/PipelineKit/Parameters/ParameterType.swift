/// The declared type of a pipeline parameter (`type:` in the definition).
public enum ParameterType: String, CaseIterable, Equatable, Sendable {
    case string
    case int
    case float
    case bool
    case list
    case map
    case path
    /// A string that is never printed or written; same as `secret: true` on a string.
    case secret

    /// Whether `min`/`max` apply.
    var isNumeric: Bool { self == .int || self == .float }
}
