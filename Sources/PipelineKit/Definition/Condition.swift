/// A step's `when:` expression: `parameters.train_model`, `parameters.mode == 'full'`,
/// `parameters.epochs >= 10 and not parameters.dry_run`.
///
/// Parsed when the definition loads; evaluated against the run's resolved parameters.
indirect enum Condition: Equatable, Sendable, CustomStringConvertible {
    /// `parameters.NAME`, with where it is written.
    case parameter(String, SourceLocation)
    /// A quoted string, a number, `true` or `false`.
    case literal(ParameterValue)
    case comparison(Condition, ComparisonOperator, Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)

    /// The conditions nest at most this deep (parentheses, `not`, chains of `and`/`or`).
    static let maximumDepth = 100

    /// The parameters read, in order of first appearance, without repeats.
    var referencedParameters: [String] {
        var names: [String] = []
        collectParameters(into: &names)
        return names
    }

    private func collectParameters(into names: inout [String]) {
        switch self {
        case .parameter(let name, _):
            if !names.contains(name) { names.append(name) }
        case .literal:
            break
        case .comparison(let left, _, let right), .and(let left, let right), .or(let left, let right):
            left.collectParameters(into: &names)
            right.collectParameters(into: &names)
        case .not(let operand):
            operand.collectParameters(into: &names)
        }
    }

    /// The location of the first parameter read, for messages.
    var firstLocation: SourceLocation? {
        switch self {
        case .parameter(_, let location): return location
        case .literal: return nil
        case .comparison(let left, _, let right), .and(let left, let right), .or(let left, let right):
            return left.firstLocation ?? right.firstLocation
        case .not(let operand): return operand.firstLocation
        }
    }

    // MARK: - Canonical text

    /// The condition written canonically: `parameters.mode == 'full' and not parameters.dry_run`.
    var description: String {
        switch self {
        case .parameter(let name, _):
            return "parameters.\(name)"
        case .literal(let value):
            return Self.describe(value)
        case .comparison(let left, let comparison, let right):
            return "\(left.operandText) \(comparison.rawValue) \(right.operandText)"
        case .and(let left, let right):
            return "\(left.wrapped(if: \.isOr)) and \(right.wrapped(if: \.isOr))"
        case .or(let left, let right):
            return "\(left) or \(right)"
        case .not(let operand):
            return "not \(operand.wrapped(if: \.isCompound))"
        }
    }

    /// A literal as written in a condition: strings in single quotes.
    static func describe(_ value: ParameterValue) -> String {
        switch value {
        case .string(let text), .path(let text):
            return "'" + text.replacingBackslashesAndQuotes() + "'"
        default:
            return value.rendered
        }
    }

    private var isOr: Bool {
        if case .or = self { return true }
        return false
    }

    private var isCompound: Bool {
        switch self {
        case .parameter, .literal, .not: return false
        default: return true
        }
    }

    private var operandText: String { wrapped(if: \.isCompound) }

    private func wrapped(if needsParentheses: (Condition) -> Bool) -> String {
        needsParentheses(self) ? "(\(description))" : description
    }
}

/// A comparison in a condition.
enum ComparisonOperator: String, CaseIterable, Equatable, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case greater = ">"
    case lessOrEqual = "<="
    case greaterOrEqual = ">="

    /// Whether the operator orders its operands (rather than testing equality).
    var isOrdering: Bool { self != .equal && self != .notEqual }
}

extension String {
    /// The text with `\` and `'` escaped by a backslash, for a single-quoted condition literal.
    func replacingBackslashesAndQuotes() -> String {
        var escaped = ""
        for character in self {
            if character == "\\" || character == "'" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

// MARK: - Parsing

extension Condition {
    /// Parses a `when:` text, `${{ expr }}` or a bare `expr`, whose first character is at `location`.
    ///
    /// - Throws: `ConditionError` with the location of the offending token (exact for a
    ///   condition on one line).
    /// - Complexity: O(n) in the length of the text.
    static func parse(_ text: String, at location: SourceLocation) throws(ConditionError) -> Condition {
        try ConditionParser.parse(text, at: location)
    }
}
