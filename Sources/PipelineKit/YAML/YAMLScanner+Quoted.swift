// MARK: - Quoted scalars

extension YAMLScanner {
    /// Reads a `'single'` or `"double"` quoted scalar; the cursor is on the opening quote.
    ///
    /// A quoted scalar may span lines (each line break folds to a space, each empty line
    /// gives a newline) when `singleLine` is false; its continuation lines must be indented
    /// more than `parentIndent`.
    mutating func readQuoted(parentIndent: Int, singleLine: Bool) throws(YAMLError) -> YAMLScalar {
        let start = location
        let quote: Character = peek ?? "\""
        advance()
        var text = ""
        var pendingSpaces = ""
        var escapedBreak = false
        while true {
            guard let character = peek else {
                guard !singleLine else { throw YAMLError(.unterminatedQuote(quote: quote), at: start) }
                try continueOnNextLine(parentIndent: parentIndent, quote: quote, start: start, into: &text, joined: escapedBreak)
                pendingSpaces = ""
                escapedBreak = false
                continue
            }
            if character == quote {
                if quote == "'", peekSecond == "'" {
                    text += pendingSpaces + "'"
                    pendingSpaces = ""
                    advance(by: 2)
                    continue
                }
                advance()
                break
            }
            if character.isYAMLWhitespace {
                pendingSpaces.append(character)
                advance()
                continue
            }
            text += pendingSpaces
            pendingSpaces = ""
            if quote == "\"", character == "\\" {
                if peekSecond == nil {
                    advance()
                    escapedBreak = true
                    continue
                }
                text += try readEscape()
                continue
            }
            text.append(character)
            advance()
        }
        text += pendingSpaces
        return YAMLScalar(text: text, style: quote == "'" ? .singleQuoted : .doubleQuoted, location: start)
    }

    /// Folds a line break inside a quoted scalar and moves to the next line's first character.
    private mutating func continueOnNextLine(
        parentIndent: Int, quote: Character, start: SourceLocation, into text: inout String, joined: Bool
    ) throws(YAMLError) {
        var index = lineIndex + 1
        var breaks = 0
        while index < lines.count, lines[index].isEmpty {
            breaks += 1
            index += 1
        }
        guard index < lines.count, lines[index].indent > parentIndent else {
            throw YAMLError(.unterminatedQuote(quote: quote), at: start)
        }
        move(toLine: index)
        skipSpaces()
        if breaks > 0 {
            text += String(repeating: "\n", count: breaks)
        } else if !joined {
            text += " "
        }
    }

    /// Reads one backslash escape of a double-quoted scalar; the cursor is on the backslash.
    private mutating func readEscape() throws(YAMLError) -> String {
        let at = location
        advance()
        guard let code = peek else { throw YAMLError(.invalidEscape(sequence: "\\"), at: at) }
        advance()
        switch code {
        case "0": return "\0"
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "t", "\t": return "\t"
        case "n": return "\n"
        case "v": return "\u{0B}"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "e": return "\u{1B}"
        case " ": return " "
        case "\"": return "\""
        case "/": return "/"
        case "\\": return "\\"
        case "N": return "\u{85}"
        case "_": return "\u{A0}"
        case "L": return "\u{2028}"
        case "P": return "\u{2029}"
        case "u":
            let escape = try UnicodeEscape.readUTF16(rest) { YAMLError(.invalidEscape(sequence: $0), at: at) }
            advance(by: escape.length)
            return String(Character(escape.scalar))
        case "x", "U":
            let length = code == "x" ? 2 : 8
            guard let value = UnicodeEscape.hexValue(rest, count: length) else {
                throw YAMLError(.invalidEscape(sequence: "\\\(code)" + UnicodeEscape.hexPrefix(rest, count: length)), at: at)
            }
            advance(by: length)
            guard let scalar = Unicode.Scalar(value) else {
                throw YAMLError(.invalidEscape(sequence: "\\\(code)" + UnicodeEscape.hex(value)), at: at)
            }
            return String(Character(scalar))
        default:
            throw YAMLError(.invalidEscape(sequence: "\\\(code)"), at: at)
        }
    }
}
