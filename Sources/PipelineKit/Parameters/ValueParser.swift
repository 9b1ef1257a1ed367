import Foundation

/// Parses parameter text into a typed value, strictly: `bool` takes only `true`/`false`,
/// `int` refuses `1.5` and `1e3`, a float must be finite.
enum ValueParser {
    /// Why a text is not a valid value of a type, and how to write one.
    struct Failure: Error, Equatable, Sendable {
        var reason: String
        var hint: String
    }

    /// The longest value accepted, in Unicode scalars (a letter and each combining mark on it
    /// count apart, so stacked marks cannot pass as one character); longer values are refused
    /// rather than carried around. A list or map default counts all its items' text.
    static let maximumLength = 10_000

    /// The longest number literal: a double needs 17 significant digits, so 100 characters
    /// leave room for zeros and an exponent, and no parser walks thousands of digits.
    static let maximumNumberLength = 100

    /// Parses `text` as a value of `type`.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func parse(_ text: String, as type: ParameterType) throws(Failure) -> ParameterValue {
        let length = text.unicodeScalars.count
        guard length <= maximumLength else { throw tooLong(length) }
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
    static func parse(_ node: YAMLNode, as type: ParameterType) throws(Failure) -> ParameterValue {
        switch (node, type) {
        case (.scalar(let scalar), _):
            return try parse(scalar.text, as: type)
        case (.sequence, .list), (.mapping, .map):
            var length = 0
            guard fits(node, within: maximumLength, counted: &length) else { throw tooLong(length, atLeast: true) }
            return try inferred(node)
        default:
            throw Failure(reason: "\(node.kindDescription) is not \(type.article) \(type.rawValue)",
                          hint: example(for: type))
        }
    }

    private static func tooLong(_ length: Int, atLeast: Bool = false) -> Failure {
        Failure(reason: "the value is \(atLeast ? "over " : "")\(length) Unicode scalars long (letters and marks), over the limit of \(maximumLength)",
                hint: "pass a shorter value, or a path to a file that holds it")
    }

    /// Whether a list or map written as YAML stays within `limit` scalars of text, counting
    /// each item's text and two for each separator; stops counting once past the limit.
    ///
    /// - Complexity: O(min(n, limit)) for a node of n scalars of text.
    static func fits(_ node: YAMLNode, within limit: Int, counted length: inout Int) -> Bool {
        switch node {
        case .scalar(let scalar):
            length += scalar.text.unicodeScalars.count + 2
        case .sequence(let items, _):
            for item in items where !fits(item, within: limit, counted: &length) { return false }
        case .mapping(let entries, _):
            for entry in entries {
                length += entry.key.text.unicodeScalars.count + 2
                guard fits(entry.value, within: limit, counted: &length) else { return false }
            }
        }
        return length <= limit
    }

    /// An example of how to write a value of `type`, for hints.
    static func example(for type: ParameterType) -> String {
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
        try checkNumberLength(text)
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

    private static func checkNumberLength(_ text: String) throws(Failure) {
        guard text.utf8.count > maximumNumberLength else { return }
        throw Failure(reason: "a number of \(text.utf8.count) characters is over the limit of \(maximumNumberLength)",
                      hint: "write it with an exponent, such as 1.5e-30")
    }

    private static func parseFloat(_ text: String) throws(Failure) -> Double {
        try checkNumberLength(text)
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
            throw Failure(reason: "it is too large to be a finite number (the largest is about 1.8e308)", hint: "write a number such as 0.01")
        }
        // 1e-400 reads as 0: a value that silently became another is refused.
        if number == 0, mantissaHasNonZeroDigit(text) {
            throw Failure(reason: "it is too small to tell from 0 (the smallest is about 5e-324)", hint: "write 0, or a number such as 1e-300")
        }
        return number
    }

    /// Whether the digits before any exponent hold one other than 0 (`1e-400` does; `0.0e5` does not).
    private static func mantissaHasNonZeroDigit(_ text: String) -> Bool {
        text.utf8.prefix { $0 != 0x65 && $0 != 0x45 }.contains { $0 >= 0x31 && $0 <= 0x39 }
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
        return try inferred(node)
    }

    /// A collection's items keep the type their text reads as: `64` an int, `0.5` a float, `true` a
    /// bool. An item written as a number that no float can hold (`1e400`, `1e-400`) is refused, as
    /// the same text is refused on its own, rather than kept as text.
    static func inferred(_ node: YAMLNode) throws(Failure) -> ParameterValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.text) }
            if let number = try? parseInt(scalar.text) { return .int(number) }
            if isDecimal(scalar.text) {
                do { return .float(try parseFloat(scalar.text)) } catch {
                    throw Failure(reason: "its item \(EchoedText.cut(scalar.text)) is not a usable number: \(error.reason)", hint: error.hint)
                }
            }
            if scalar.text == "true" || scalar.text == "false" { return .bool(scalar.text == "true") }
            return .string(scalar.text)
        case .sequence(let items, _):
            var values: [ParameterValue] = []
            for item in items { values.append(try inferred(item)) }
            return .list(values)
        case .mapping(let entries, _):
            var values: [ParameterValue.MapEntry] = []
            for entry in entries { values.append(ParameterValue.MapEntry(key: entry.key.text, value: try inferred(entry.value))) }
            return .map(values)
        }
    }
}

extension Character {
    /// `0` … `9` (a check on the ASCII value: no Unicode tables, no string comparison).
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}
