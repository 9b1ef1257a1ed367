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

    init(text: String, file: String) {
        self.file = file
        self.lines = YAMLLine.split(text)
        if let first = lines.first { rest = first.content; column = first.indent + 1 }
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
        } else {
            rest = ""
            column = 1
        }
    }

    /// Moves to the first line at or after the current one that is not blank or a comment,
    /// refusing tab indentation there.
    mutating func skipBlankLines() throws(YAMLError) {
        var index = lineIndex
        while index < lines.count, lines[index].isBlank { index += 1 }
        move(toLine: index)
        if let line, line.hasTabIndentation { throw .tabIndentation(at: location) }
    }

    /// Treats what is left of this line as a line of its own, indented to the current
    /// column, so `- key: value` reads as a mapping indented past its dash.
    mutating func restartLineHere() {
        lines[lineIndex].indent = column - 1
        lines[lineIndex].content = rest
    }

    // MARK: - Reading

    mutating func advance(by count: Int = 1) {
        rest = rest.dropFirst(count)
        column += count
    }

    /// Skips spaces and tabs; true when there were any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let spaces = rest.prefix(while: \.isYAMLWhitespace).count
        advance(by: spaces)
        return spaces > 0
    }

    /// Ends the current line: only whitespace and a comment may be left on it.
    mutating func finishLine() throws(YAMLError) {
        let spaced = skipSpaces()
        if let next = peek, !(next == "#" && spaced) {
            throw .unexpectedCharacter(found: next, expected: "the end of the line or a comment after the value", at: location)
        }
        move(toLine: lineIndex + 1)
    }

    /// Reads a plain scalar's text on this line and says why it stopped; the cursor is left
    /// after the text, before any trailing whitespace.
    ///
    /// A `${{ … }}` placeholder is read whole, so `{{`, `}}`, `: ` and ` #` inside it are text.
    mutating func scanPlain(inFlow: Bool) -> (text: Substring, end: PlainEnd) {
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
