// MARK: - Block scalars: | literal and > folded

extension YAMLReader {
    /// Reads a `|` or `>` block scalar whose header is at the cursor; its lines are those
    /// indented deeper than `parentIndent`, at the indentation of the first of them.
    ///
    /// Chomping: `|` keeps one final newline, `|-` none, `|+` every trailing newline.
    mutating func readBlockScalar(parentIndent: Int) throws(YAMLError) -> YAMLScalar {
        let start = scanner.location
        let isLiteral = scanner.peek == "|"
        scanner.advance()
        var chomping: Character?
        while let indicator = scanner.peek, indicator == "-" || indicator == "+" || indicator.isNumber {
            if indicator.isNumber {
                throw YAMLError(.unsupported(feature: "block scalar indentation indicators (|2)"), at: scanner.location)
            }
            guard chomping == nil else {
                throw YAMLError(.unexpectedCharacter(found: indicator, expected: "one chomping indicator ('-' or '+')"), at: scanner.location)
            }
            chomping = indicator
            scanner.advance()
        }
        let spaced = scanner.skipSpaces()
        if let next = scanner.peek, !(next == "#" && spaced) {
            let expected = "the end of the line after '\(isLiteral ? "|" : ">")' (the text starts on the next line)"
            throw YAMLError(.unexpectedCharacter(found: next, expected: expected), at: scanner.location)
        }
        let (lines, lastLine) = blockLines(after: scanner.lineIndex, parentIndent: parentIndent)
        scanner.move(toLine: lastLine)
        scanner.skipToLineEnd()

        var body = Array(lines)
        var trailing = 0
        while let last = body.last, last.allSatisfy(\.isYAMLWhitespace) {
            body.removeLast()
            trailing += 1
        }
        let text = isLiteral ? body.joined(separator: "\n") : Self.fold(body)
        let chomped: String
        switch chomping {
        case "-": chomped = text
        case "+": chomped = text.isEmpty ? String(repeating: "\n", count: trailing) : text + "\n" + String(repeating: "\n", count: trailing)
        default: chomped = text.isEmpty ? "" : text + "\n"
        }
        return YAMLScalar(text: chomped, style: isLiteral ? .literal : .folded, location: start)
    }

    /// The block's lines with its indentation removed, and the index of the last line read.
    private func blockLines(after header: Int, parentIndent: Int) -> (lines: [String], last: Int) {
        var lines: [String] = []
        var contentIndent: Int?
        var index = header + 1
        while index < scanner.lines.count {
            let line = scanner.lines[index]
            if line.isEmpty {
                let extra = line.indent - (contentIndent ?? .max)
                lines.append(extra > 0 ? String(repeating: " ", count: extra) + line.content : "")
                index += 1
                continue
            }
            let indent = contentIndent ?? line.indent
            guard line.indent > parentIndent, line.indent >= indent else { break }
            contentIndent = indent
            lines.append(String(repeating: " ", count: line.indent - indent) + line.content)
            index += 1
        }
        return (lines, index - 1)
    }

    /// Folds lines as `>` does: a break between two lines becomes a space, each empty line a
    /// newline, and lines indented more than the block keep their breaks.
    static func fold(_ lines: [String]) -> String {
        var text = ""
        var breaks = 0
        var previousIsIndented = false
        var isFirst = true
        for line in lines {
            if line.allSatisfy(\.isYAMLWhitespace) {
                breaks += 1
                continue
            }
            let isIndented = line.first?.isYAMLWhitespace == true
            if isFirst {
                text += String(repeating: "\n", count: breaks)
            } else if isIndented || previousIsIndented {
                text += String(repeating: "\n", count: breaks + 1)
            } else {
                text += breaks == 0 ? " " : String(repeating: "\n", count: breaks)
            }
            text += line
            breaks = 0
            previousIsIndented = isIndented
            isFirst = false
        }
        return text
    }
}
