/// A strict RFC 8259 JSON reader that produces the same `YAMLNode` tree as `YAMLReader`, with
/// a location on every node: strings become double-quoted scalars, numbers, `true` and `false`
/// plain scalars with their literal text, and `null` the plain scalar `null`.
///
/// Used for `.json` definitions and params files and for question banks.
struct JSONReader {
    /// Arrays and objects may nest this deep; deeper text is refused before recursing further.
    static let maximumDepth = 100

    private let file: String
    private var rest: Substring
    private var line = 1
    private var column = 1

    private init(text: String, file: String) {
        self.file = file
        self.rest = Substring(text)
    }

    /// Reads one JSON value filling the whole text (whitespace aside).
    ///
    /// - Complexity: O(n) in the length of the text.
    static func parse(_ text: String, file: String) throws(JSONError) -> YAMLNode {
        var reader = JSONReader(text: text, file: file)
        reader.skipWhitespace()
        guard !reader.rest.isEmpty else { throw JSONError(.emptyInput, at: reader.location) }
        let node = try reader.readValue(depth: 1)
        reader.skipWhitespace()
        if let extra = reader.rest.first { throw JSONError(.trailingText(found: extra), at: reader.location) }
        return node
    }

    // MARK: - Cursor

    private var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private mutating func advance() {
        guard let character = rest.popFirst() else { return }
        if character.isNewline {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let character = rest.first, character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" {
            advance()
        }
    }

    // MARK: - Values

    private mutating func readValue(depth: Int) throws(JSONError) -> YAMLNode {
        let start = location
        guard let first = rest.first else { throw JSONError(.unexpectedEnd(expected: "a value"), at: start) }
        switch first {
        case "{":
            return try readObject(depth: depth)
        case "[":
            return try readArray(depth: depth)
        case "\"":
            return .scalar(YAMLScalar(text: try readString(), style: .doubleQuoted, location: start))
        case "-", "0"..."9":
            return .scalar(YAMLScalar(text: try readNumber(), style: .plain, location: start))
        default:
            let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "+" || $0 == "-" }
            guard !word.isEmpty else { throw JSONError(.unexpectedCharacter(found: first, expected: "a value"), at: start) }
            if first == "." || first == "+" { throw JSONError(.invalidNumber(text: String(word)), at: start) }
            guard word == "true" || word == "false" || word == "null" else {
                throw JSONError(.invalidLiteral(text: String(word)), at: start)
            }
            for _ in 0..<word.count { advance() }
            return .scalar(YAMLScalar(text: String(word), style: .plain, location: start))
        }
    }

    private mutating func readArray(depth: Int) throws(JSONError) -> YAMLNode {
        var items: [YAMLNode] = []
        let start = try readItems(closing: "]", depth: depth) { reader throws(JSONError) in
            items.append(try reader.readValue(depth: depth + 1))
        }
        return .sequence(items, start)
    }

    private mutating func readObject(depth: Int) throws(JSONError) -> YAMLNode {
        var entries: [YAMLEntry] = []
        var seen: [String: SourceLocation] = [:]
        let start = try readItems(closing: "}", depth: depth) { reader throws(JSONError) in
            let keyStart = reader.location
            guard let first = reader.rest.first else { throw JSONError(.unexpectedEnd(expected: "a key in double quotes"), at: keyStart) }
            guard first == "\"" else { throw JSONError(.unexpectedCharacter(found: first, expected: "a key in double quotes"), at: keyStart) }
            let key = try reader.readString()
            if let previous = seen[key] { throw JSONError(.duplicateKey(key: key, first: previous), at: keyStart) }
            seen[key] = keyStart
            reader.skipWhitespace()
            guard let colon = reader.rest.first else { throw JSONError(.unexpectedEnd(expected: "':'"), at: reader.location) }
            guard colon == ":" else { throw JSONError(.unexpectedCharacter(found: colon, expected: "':' after the key"), at: reader.location) }
            reader.advance()
            reader.skipWhitespace()
            let value = try reader.readValue(depth: depth + 1)
            entries.append(YAMLEntry(key: YAMLScalar(text: key, style: .doubleQuoted, location: keyStart), value: value))
        }
        return .mapping(entries, start)
    }

    /// Reads a `[…]` or `{…}` whose opening bracket is at the cursor: the items between the
    /// brackets, separated by commas, each read by `readItem` (white space around it skipped).
    /// - Returns: where the opening bracket is.
    private mutating func readItems(
        closing: Character, depth: Int, _ readItem: (inout JSONReader) throws(JSONError) -> Void
    ) throws(JSONError) -> SourceLocation {
        let start = location
        guard depth <= Self.maximumDepth else { throw JSONError(.tooDeep(limit: Self.maximumDepth), at: start) }
        advance()
        skipWhitespace()
        if rest.first == closing {
            advance()
            return start
        }
        repeat {
            skipWhitespace()
            try readItem(&self)
            skipWhitespace()
        } while try readSeparator(closing: closing)
        return start
    }

    /// Reads `,` (true: another item follows) or the closing bracket (false).
    private mutating func readSeparator(closing: Character) throws(JSONError) -> Bool {
        let expected = "',' or '\(closing)'"
        guard let next = rest.first else { throw JSONError(.unexpectedEnd(expected: expected), at: location) }
        if next == closing {
            advance()
            return false
        }
        guard next == "," else { throw JSONError(.unexpectedCharacter(found: next, expected: expected), at: location) }
        let comma = location
        advance()
        skipWhitespace()
        if rest.first == "]" || rest.first == "}" { throw JSONError(.trailingComma, at: comma) }
        return true
    }

    // MARK: - Strings and numbers

    private mutating func readString() throws(JSONError) -> String {
        let start = location
        advance()
        var text = ""
        while true {
            guard let character = rest.first else { throw JSONError(.unterminatedString, at: start) }
            if character == "\"" {
                advance()
                return text
            }
            if character.isNewline { throw JSONError(.unterminatedString, at: start) }
            if let scalar = character.unicodeScalars.first, scalar.value < 0x20 {
                throw JSONError(.controlCharacter(code: scalar.value), at: location)
            }
            if character == "\\" {
                text.unicodeScalars.append(try readEscape())
                continue
            }
            text.append(character)
            advance()
        }
    }

    private mutating func readEscape() throws(JSONError) -> Unicode.Scalar {
        let start = location
        advance()
        guard let code = rest.first else { throw JSONError(.invalidEscape(sequence: "\\"), at: start) }
        advance()
        switch code {
        case "\"": return "\""
        case "\\": return "\\"
        case "/": return "/"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "u":
            let escape = try UnicodeEscape.readUTF16(rest) { JSONError(.invalidEscape(sequence: $0), at: start) }
            for _ in 0..<escape.length { advance() }
            return escape.scalar
        default:
            throw JSONError(.invalidEscape(sequence: "\\\(code)"), at: start)
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
    private mutating func readNumber() throws(JSONError) -> String {
        let start = location
        let text = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+" || $0 == "." || $0 == "e" || $0 == "E") }
        guard Self.isNumber(text) else { throw JSONError(.invalidNumber(text: String(text)), at: start) }
        for _ in 0..<text.count { advance() }
        return String(text)
    }

    static func isNumber(_ text: Substring) -> Bool {
        var chars = text[...]
        if chars.first == "-" { chars = chars.dropFirst() }
        let integer = chars.prefix(while: \.isNumber)
        guard !integer.isEmpty, integer == "0" || integer.first != "0" else { return false }
        chars = chars.dropFirst(integer.count)
        if chars.first == "." {
            let fraction = chars.dropFirst().prefix(while: \.isNumber)
            guard !fraction.isEmpty else { return false }
            chars = chars.dropFirst(1 + fraction.count)
        }
        if chars.first == "e" || chars.first == "E" {
            chars = chars.dropFirst()
            if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
            let exponent = chars.prefix(while: \.isNumber)
            guard !exponent.isEmpty else { return false }
            chars = chars.dropFirst(exponent.count)
        }
        return chars.isEmpty
    }
}
