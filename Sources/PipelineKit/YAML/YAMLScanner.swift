/// A cursor over the lines of a YAML document: the current line, what is left of it and the
/// column of its next character. Reading methods are `mutating`; backtrack by copying.
struct YAMLScanner {
    /// Why a plain scalar stopped on its line.
    enum PlainEnd: Equatable {
        /// The line ended (trailing whitespace aside).
        case lineEnd
        /// A ` #` comment follows.
        case comment
        /// A `: ` (or `:` at the end of the line, or before a flow indicator in flow context).
        case colon
        /// `,`, `[`, `]`, `{` or `}` inside a flow collection.
        case flowIndicator
    }

    let file: String
    private(set) var lines: [YAMLLine]
    /// Index in `lines` of the current line.
    private(set) var lineIndex = 0
    /// What is left of the current line.
    private(set) var rest: Substring = ""
    /// 1-based column of `rest.first`.
    private(set) var column = 1
    /// Whether `rest` is plain ASCII, so reading may count bytes as characters.
    private(set) var restIsASCII = false

    init(text: String, file: String) {
        self.file = file
        self.lines = YAMLLine.split(text)
        if let first = lines.first { rest = first.content; column = first.indent + 1; restIsASCII = first.isASCII }
    }

    // MARK: - Position

    var line: YAMLLine? { lineIndex < lines.count ? lines[lineIndex] : nil }
    var peek: Character? { rest.first }
    var location: SourceLocation {
        SourceLocation(file: file, line: line?.number ?? (lines.last?.number ?? 1), column: column)
    }

    /// The character after the next one.
    var peekSecond: Character? { rest.dropFirst().first }

    /// True when the next character is followed by a space, a tab or the end of the line.
    var nextIsFollowedBySpace: Bool { peekSecond.map(\.isYAMLWhitespace) ?? true }

    /// Only whitespace or a comment is left on this line.
    var restIsBlank: Bool {
        let text = rest.drop(while: \.isYAMLWhitespace)
        return text.isEmpty || text.first == "#"
    }

    /// Moves to the start of the content of line `index` (past its leading spaces).
    mutating func move(toLine index: Int) {
        lineIndex = index
        if index < lines.count {
            rest = lines[index].content
            column = lines[index].indent + 1
            restIsASCII = lines[index].isASCII
        } else {
            rest = ""
            column = 1
            restIsASCII = true
        }
    }

    /// Moves to the first line at or after the current one that is not blank or a comment,
    /// refusing tab indentation there.
    mutating func skipBlankLines() throws(YAMLError) {
        var index = lineIndex
        while index < lines.count, lines[index].isBlank { index += 1 }
        move(toLine: index)
        if let line, line.hasTabIndentation { throw YAMLError(.tabIndentation, at: location) }
    }

    /// Treats what is left of this line as a line of its own, indented to the current
    /// column, so `- key: value` reads as a mapping indented past its dash.
    mutating func restartLineHere() {
        lines[lineIndex].indent = column - 1
        lines[lineIndex].content = rest
    }

    // MARK: - Reading

    mutating func advance(by count: Int = 1) {
        rest = restIsASCII ? rest[rest.utf8.index(rest.startIndex, offsetBy: min(count, rest.utf8.count))...] : rest.dropFirst(count)
        column += count
    }

    /// Skips spaces and tabs; true when there were any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let spaces = restIsASCII ? rest.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count : rest.prefix(while: \.isYAMLWhitespace).count
        advance(by: spaces)
        return spaces > 0
    }

    /// Ends the current line: only whitespace and a comment may be left on it.
    mutating func finishLine() throws(YAMLError) {
        let spaced = skipSpaces()
        if let next = peek, !(next == "#" && spaced) {
            throw YAMLError(.unexpectedCharacter(found: next, expected: "the end of the line or a comment after the value"), at: location)
        }
        move(toLine: lineIndex + 1)
    }

    /// Reads a plain scalar's text on this line and says why it stopped; the cursor is left
    /// after the text, before any trailing whitespace.
    ///
    /// A `${{ … }}` placeholder is read whole, so `{{`, `}}`, `: ` and ` #` inside it are text.
    mutating func scanPlain(inFlow: Bool) -> (text: Substring, end: PlainEnd) {
        if restIsASCII { return scanASCIIPlain(inFlow: inFlow) }
        let start = rest.startIndex
        var index = start
        var textEnd = start
        var consumed = 0
        var textLength = 0
        var afterSpace = false
        var end = PlainEnd.lineEnd
        while index < rest.endIndex {
            let character = rest[index]
            let tail = rest[index...]
            if character == "$", tail.hasPrefix("${{"), let close = Self.placeholderEnd(in: tail) {
                consumed += tail[..<close].count
                index = close
                textEnd = index
                textLength = consumed
                afterSpace = false
                continue
            }
            if character == "#", afterSpace { end = .comment; break }
            if character == ":" {
                let next = tail.dropFirst().first
                if next == nil || next?.isYAMLWhitespace == true || (inFlow && next.map(Self.isFlowIndicator) == true) {
                    end = .colon
                    break
                }
            }
            if inFlow, Self.isFlowIndicator(character) { end = .flowIndicator; break }
            index = rest.index(after: index)
            consumed += 1
            afterSpace = character.isYAMLWhitespace
            if !afterSpace {
                textEnd = index
                textLength = consumed
            }
        }
        let text = rest[start..<textEnd]
        advance(by: textLength)
        return (text, end)
    }

    /// `scanPlain` over an ASCII line, byte by byte (the same rules; one byte is one column).
    ///
    /// - Complexity: O(k) for the k bytes read.
    private mutating func scanASCIIPlain(inFlow: Bool) -> (text: Substring, end: PlainEnd) {
        let (textLength, end) = rest.utf8.withContiguousStorageIfAvailable { Self.plainLength(in: $0, inFlow: inFlow) }
            ?? Array(rest.utf8).withUnsafeBufferPointer { Self.plainLength(in: $0, inFlow: inFlow) }
        let text = Substring(rest.utf8.prefix(textLength))
        advance(by: textLength)
        return (text, end)
    }

    /// How many bytes of `bytes` a plain scalar takes (trailing whitespace excluded), and why it stops.
    private static func plainLength(in bytes: UnsafeBufferPointer<UInt8>, inFlow: Bool) -> (Int, PlainEnd) {
        var index = 0
        var textLength = 0
        var afterSpace = false
        var end = PlainEnd.lineEnd
        func isFlowIndicator(_ byte: UInt8) -> Bool { byte == 0x2C || byte == 0x5B || byte == 0x5D || byte == 0x7B || byte == 0x7D }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x24, index + 2 < bytes.count, bytes[index + 1] == 0x7B, bytes[index + 2] == 0x7B,
               let close = (index + 3..<bytes.count).first(where: { bytes[$0] == 0x7D && $0 + 1 < bytes.count && bytes[$0 + 1] == 0x7D }) {
                index = close + 2
                textLength = index
                afterSpace = false
                continue
            }
            if byte == 0x23, afterSpace { end = .comment; break }
            if byte == 0x3A {
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                if next == nil || next == 0x20 || next == 0x09 || (inFlow && next.map(isFlowIndicator) == true) {
                    end = .colon
                    break
                }
            }
            if inFlow, isFlowIndicator(byte) { end = .flowIndicator; break }
            index += 1
            afterSpace = byte == 0x20 || byte == 0x09
            if !afterSpace { textLength = index }
        }
        return (textLength, end)
    }

    static func isFlowIndicator(_ character: Character) -> Bool {
        character == "," || character == "[" || character == "]" || character == "{" || character == "}"
    }

    /// The index just past the `}}` closing a placeholder that starts `tail`, on this line.
    private static func placeholderEnd(in tail: Substring) -> Substring.Index? {
        var index = tail.index(tail.startIndex, offsetBy: 3)
        while index < tail.endIndex {
            let next = tail.index(after: index)
            if tail[index] == "}", next < tail.endIndex, tail[next] == "}" { return tail.index(after: next) }
            index = next
        }
        return nil
    }
}

extension YAMLScanner {
    /// Drops what is left of the current line (a comment, or nothing) without moving on.
    mutating func skipToLineEnd() {
        advance(by: rest.count)
    }
}
