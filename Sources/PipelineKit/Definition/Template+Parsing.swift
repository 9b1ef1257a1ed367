// MARK: - Parsing placeholders

extension Template {
    /// Parses `text`, whose first character is at `location`.
    ///
    /// Placeholders are located exactly for text on one line (the column of the scalar plus
    /// the offset within it); on later lines of a multi-line value the column counts from the
    /// value's own line start.
    /// - Throws: `TemplateError` for an unclosed `${{`, an empty placeholder, an unknown or
    ///   missing namespace, or an invalid name.
    /// - Complexity: O(n) in the length of the text.
    static func parse(_ text: String, at location: SourceLocation) throws(TemplateError) -> Template {
        let characters = Array(text)
        var segments: [Segment] = []
        var literal = ""
        var index = 0
        var line = location.line
        var column = location.column
        while index < characters.count {
            if characters[index] == "$", index + 2 < characters.count, characters[index + 1] == "{", characters[index + 2] == "{" {
                let start = SourceLocation(file: location.file, line: line, column: column)
                guard let close = closingBraces(in: characters, from: index + 3) else { throw TemplateError(.unterminated, at: start) }
                let inside = String(characters[(index + 3)..<close])
                let reference = try reference(inside, at: start)
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                segments.append(.reference(reference, start))
                for character in characters[index..<(close + 2)] { advance(past: character, line: &line, column: &column) }
                index = close + 2
                continue
            }
            literal.append(characters[index])
            advance(past: characters[index], line: &line, column: &column)
            index += 1
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        return Template(segments: segments)
    }

    private static func advance(past character: Character, line: inout Int, column: inout Int) {
        if character.isNewline {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    /// The index of the `}}` that closes a placeholder, searching from `start`.
    static func closingBraces(in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == "}", characters[index + 1] == "}" { return index }
            index += 1
        }
        return nil
    }

    /// The reference a placeholder's inside names: `parameters.NAME` or `env.NAME`.
    private static func reference(_ inside: String, at location: SourceLocation) throws(TemplateError) -> TemplateReference {
        let trimmed = inside.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw TemplateError(.emptyPlaceholder, at: location) }
        guard let dot = trimmed.firstIndex(of: "."), trimmed[..<dot].allSatisfy({ $0.isLetter || $0 == "_" }) else {
            if isName(trimmed, allowingDots: false) { throw TemplateError(.missingNamespace(name: trimmed), at: location) }
            throw TemplateError(.invalidName(namespace: nil, name: trimmed), at: location)
        }
        let namespace = String(trimmed[..<dot])
        let name = String(trimmed[trimmed.index(after: dot)...])
        switch namespace {
        case "parameters":
            guard isName(name, allowingDots: true) else { throw TemplateError(.invalidName(namespace: namespace, name: name), at: location) }
            return .parameter(name)
        case "env":
            guard isName(name, allowingDots: false) else { throw TemplateError(.invalidName(namespace: namespace, name: name), at: location) }
            return .environment(name)
        default:
            throw TemplateError(.unknownNamespace(namespace: namespace, name: name), at: location)
        }
    }

    /// A letter or `_`, then letters, digits, `_` and `-` (and `.` in parameter names).
    static func isName(_ text: String, allowingDots: Bool) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || (allowingDots && $0 == ".") }
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let start = drop { $0.isWhitespace }
        return String(start.reversed().drop { $0.isWhitespace }.reversed())
    }
}
