/// A parsed parameter value that keeps its declared type.
public indirect enum ParameterValue: Equatable, Hashable, Sendable {
    case string(String)
    case int(Int)
    case float(Double)
    case bool(Bool)
    case list([ParameterValue])
    /// Keys in the order written.
    case map([MapEntry])
    case path(String)

    /// One `key: value` of a map value.
    public struct MapEntry: Equatable, Hashable, Sendable {
        public var key: String
        public var value: ParameterValue
    }

    /// The value as a step receives it in rendered args: `0.1`, `true`, `[64, 32]`, `{a: 1}`.
    var rendered: String {
        switch self {
        case .string(let text), .path(let text): return text
        case .int(let number): return String(number)
        case .float(let number): return Self.format(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .list(let items): return "[" + items.map(\.rendered).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.map { "\($0.key): \($0.value.rendered)" }.joined(separator: ", ") + "}"
        }
    }

    /// Shortest text that reads back as the same double: `0.1`, `10.0`, `1e-05`.
    static func format(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number > 0 ? "inf" : "-inf" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }

    /// The number, for `min`/`max` checks and comparisons.
    var numeric: Double? {
        switch self {
        case .int(let number): return Double(number)
        case .float(let number): return number
        default: return nil
        }
    }
}
