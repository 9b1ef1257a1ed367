import Foundation

/// Parses parameter text into a typed value, strictly: `bool` takes only `true`/`false`,
/// `int` refuses `1.5` and `1e3`, a float must be finite.
public enum ValueParser {
    /// Why a text is not a valid value of a type, and how to write one.
    public struct Failure: Error, Equatable, Sendable {
        public var reason: String
        public var hint: String
    }

    /// The longest value text accepted; longer values are refused rather than carried around.
    public static let maximumLength = 10_000

    /// Parses `text` as a value of `type`.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, as type: ParameterType) throws(Failure) -> ParameterValue {
        guard text.count <= maximumLength else {
            throw Failure(reason: "the value is \(text.count) characters long, over the limit of \(maximumLength)",
                          hint: "pass a shorter value, or a path to a file that holds it")
        }
        switch type {
        case .string, .secret:
            return .string(text)
        case .path:
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Failure(reason: "a path cannot be empty", hint: "pass a path such as data/train.csv")
            }
            return .path(text)
        case .int:
            return .int(try parseInt(text))
        case .float:
            return .float(try parseFloat(text))
        case .bool:
            switch text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default:
                throw Failure(reason: "a bool is written true or false", hint: "write true or false (yes, no, 1 and 0 are not accepted)")
            }
        case .list:
            return try parseCollection(text, open: "[", example: "[64, 32]")
        case .map:
            return try parseCollection(text, open: "{", example: "{a: 1, b: two}")
        }
    }

    /// Parses a YAML node (a default, an environment set entry, a params file value) as `type`.
    public static func parse(_ node: YAMLNode, as type: ParameterType) throws(Failure) -> ParameterValue {
        switch (node, type) {
        case (.scalar(let scalar), _):
            return try parse(scalar.text, as: type)
        case (.sequence, .list), (.mapping, .map):
            return inferred(node)
        default:
            throw Failure(reason: "\(node.kindDescription) is not \(type.article) \(type.rawValue)",
                          hint: example(for: type))
        }
    }

    /// An example of how to write a value of `type`, for hints.
    public static func example(for type: ParameterType) -> String {
        switch type {
        case .string, .secret: return "write any text, quoted if it has spaces"
        case .path: return "write a path such as data/train.csv"
        case .int: return "write a whole number such as 10"
        case .float: return "write a number such as 0.01"
        case .bool: return "write true or false"
        case .list: return "write a list such as [64, 32]"
        case .map: return "write a map such as {a: 1, b: two}"
        }
    }

    // MARK: - Numbers

    private static func parseInt(_ text: String) throws(Failure) -> Int {
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else {
            if isDecimal(text) {
                throw Failure(reason: "an int has no decimal point or exponent", hint: "write a whole number such as 10")
            }
            throw Failure(reason: "it is not a whole number", hint: "write a whole number such as 10")
        }
        guard let number = Int(text) else {
            throw Failure(reason: "it does not fit in a 64-bit int (the largest is \(Int.max))",
                          hint: "pass a smaller whole number")
        }
        return number
    }

    private static func parseFloat(_ text: String) throws(Failure) -> Double {
        // Only text with a letter can spell nan or inf; most values are plain digits.
        let hasLetter = text.utf8.contains { $0 >= 0x80 || ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        let lowered = hasLetter ? text.lowercased() : ""
        if !lowered.isEmpty, ["nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "-infinity", "+infinity", ".inf", "-.inf", ".nan"].contains(lowered) {
            throw Failure(reason: "a float must be a finite number", hint: "write a number such as 0.01")
        }
        guard isDecimal(text), let number = Double(text) else {
            throw Failure(reason: "it is not a number", hint: "write a number such as 0.01")
        }
        guard number.isFinite else {
            throw Failure(reason: "it is too large to be a finite number", hint: "write a number such as 0.01")
        }
        return number
    }

    /// `[+-]digits[.digits][e[+-]digits]`, or `.5`; no hex, no `nan`.
    static func isDecimal(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
        let mantissa = chars.prefix { $0.isASCIIDigit || $0 == "." }
        let dots = mantissa.filter { $0 == "." }.count
        guard dots <= 1, mantissa.contains(where: \.isASCIIDigit) else { return false }
        var rest = chars.dropFirst(mantissa.count)
        if rest.isEmpty { return true }
        guard rest.first == "e" || rest.first == "E" else { return false }
        rest = rest.dropFirst()
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy(\.isASCIIDigit)
    }

    // MARK: - Collections

    private static func parseCollection(_ text: String, open: Character, example: String) throws(Failure) -> ParameterValue {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.first == open else {
            throw Failure(reason: "it is not written in \(open == "[" ? "brackets" : "braces")", hint: "write \(example)")
        }
        let node: YAMLNode?
        do {
            node = try YAMLReader.parse(trimmed, file: "value")
        } catch {
            throw Failure(reason: error.diagnostic.message, hint: "write \(example)")
        }
        guard let node, (open == "[" && node.items != nil) || (open == "{" && node.entries != nil) else {
            throw Failure(reason: "it is not a complete \(open == "[" ? "list" : "map")", hint: "write \(example)")
        }
        return inferred(node)
    }

    /// A collection's items keep the type their text reads as: `64` an int, `0.5` a float, `true` a bool.
    static func inferred(_ node: YAMLNode) -> ParameterValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.text) }
            if let number = try? parseInt(scalar.text) { return .int(number) }
            if let number = try? parseFloat(scalar.text) { return .float(number) }
            if scalar.text == "true" || scalar.text == "false" { return .bool(scalar.text == "true") }
            return .string(scalar.text)
        case .sequence(let items, _):
            return .list(items.map(inferred))
        case .mapping(let entries, _):
            return .map(entries.map { ParameterValue.MapEntry(key: $0.key.text, value: inferred($0.value)) })
        }
    }
}

extension Character {
    /// `0` … `9` (a check on the ASCII value: no Unicode tables, no string comparison).
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}
