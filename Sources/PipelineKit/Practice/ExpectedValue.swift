import Foundation

/// What a prediction is compared with: a number (within a tolerance), a name (exactly), or
/// `undefined` for a value not set yet.
public enum ExpectedValue: Equatable, Sendable {
    /// A decimal number, as shown (`0.2175`): right within ``relativeTolerance``.
    case decimal(Double, shown: String)
    /// A whole number (`32`): right only when equal.
    case whole(Int)
    /// A name, a path, a version or a boolean: right only when typed exactly.
    case name(String)
    /// Not set yet: the tracker's `undefined`.
    case undefined

    /// Decimals count as right within 2% of the value (`0.2175` accepts 0.2132 … 0.2219).
    public static let relativeTolerance = 0.02

    /// The tolerance as learners read it.
    public static let toleranceDescription = "decimals count as right within 2%; whole numbers and names must match exactly; "
        + "type \(VariableTracker.undefined) for a value not set yet"

    /// Reads a table or tracker cell.
    init(cell: String) {
        let text = cell.trimmingCharacters(in: .whitespaces)
        if text == VariableTracker.undefined {
            self = .undefined
        } else if let whole = Int(text) {
            self = .whole(whole)
        } else if text.contains(where: \.isNumber), let number = Double(text), number.isFinite {
            self = .decimal(number, shown: text)
        } else {
            self = .name(text)
        }
    }

    /// The value as the table shows it.
    public var shown: String {
        switch self {
        case .decimal(_, let shown): return shown
        case .whole(let value): return String(value)
        case .name(let name): return name
        case .undefined: return VariableTracker.undefined
        }
    }

    /// Whether a typed guess matches.
    func accepts(_ typed: String) -> Bool {
        let guess = typed.trimmingCharacters(in: .whitespaces)
        switch self {
        case .undefined:
            return guess.lowercased() == VariableTracker.undefined
        case .name(let name):
            return guess == name
        case .whole(let value):
            return Int(guess) == value || Double(guess).map { $0 == Double(value) } == true
        case .decimal(let value, _):
            guard let number = Double(guess), number.isFinite else { return false }
            return abs(number - value) <= abs(value) * Self.relativeTolerance + 1e-12
        }
    }
}
