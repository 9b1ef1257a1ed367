/// Reads the subset of YAML that pipeline definitions, params files and lesson front matter
/// use, into a `YAMLNode` tree where every node and key knows its line and column.
///
/// Accepted: block mappings and lists (a list may sit at its key's indentation), `- key: value`
/// items, plain, single- and double-quoted scalars, `|` and `>` block scalars with `-`/`+`,
/// flow `[a, b]` and `{k: v}` (nested, across lines), `#` comments and one leading `---`.
/// Refused with a message naming the feature: anchors, aliases, tags, `?` complex keys,
/// directives and several documents. Scalars keep their text and style; typing them is the
/// caller's job. See docs/yaml-subset.md.
///
/// The reader follows the lines' indentation: each block knows its column, and a line
/// indented differently either ends the block or is an error.
struct YAMLReader {
    /// Collections may nest this deep; deeper documents are refused before recursing further.
    static let maximumDepth = 100

    var scanner: YAMLScanner

    /// Reads a document; `nil` when it holds nothing but comments and blank lines.
    ///
    /// - Parameters:
    ///   - text: the document (CRLF line breaks are fine; strip a byte-order mark first, as
    ///     `SourceText` does).
    ///   - file: the name used in locations.
    /// - Complexity: O(n) in the length of the text.
    static func parse(_ text: String, file: String) throws(YAMLError) -> YAMLNode? {
        var reader = YAMLReader(scanner: YAMLScanner(text: text, file: file))
        return try reader.readDocument()
    }

    // MARK: - Document

    private mutating func readDocument() throws(YAMLError) -> YAMLNode? {
        try scanner.skipBlankLines()
        if scanner.peek == "%" {
            throw YAMLError(.unsupported(feature: "directives (%YAML, %TAG)"), at: scanner.location)
        }
        if isDocumentMarker("---") {
            scanner.advance(by: 3)
            try scanner.finishLine()
            try scanner.skipBlankLines()
        }
        guard let first = scanner.line else { return nil }
        if isDocumentMarker("---") || isDocumentMarker("...") {
            throw YAMLError(.unsupported(feature: "multiple documents (a second '---' or '...')"), at: scanner.location)
        }
        let node = try readBlockNode(indent: first.indent, parentIndent: -1, depth: 1)
        try scanner.skipBlankLines()
        if isDocumentMarker("...") {
            scanner.advance(by: 3)
            try scanner.finishLine()
            try scanner.skipBlankLines()
            if scanner.line != nil {
                throw YAMLError(.unsupported(feature: "multiple documents (text after '...')"), at: scanner.location)
            }
        }
        guard let line = scanner.line else { return node }
        if isDocumentMarker("---") {
            throw YAMLError(.unsupported(feature: "multiple documents (a second '---')"), at: scanner.location)
        }
        throw YAMLError(.badIndentation(found: line.indent, expected: first.indent), at: scanner.location)
    }

    /// `---` or `...` at the start of a line, alone or before whitespace.
    private func isDocumentMarker(_ marker: String) -> Bool {
        scanner.line?.indent == 0 && scanner.rest.hasPrefix(marker)
            && (scanner.rest.dropFirst(marker.count).first.map(\.isYAMLWhitespace) ?? true)
    }

    private var isAtDocumentMarker: Bool { isDocumentMarker("---") || isDocumentMarker("...") }

    // MARK: - Blocks

    /// Reads the node that starts at the cursor, at the start of a line's content indented by
    /// `indent`; a plain or quoted scalar's continuation lines go deeper than `parentIndent`.
    private mutating func readBlockNode(indent: Int, parentIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        guard depth <= Self.maximumDepth else { throw YAMLError(.tooDeep(limit: Self.maximumDepth), at: scanner.location) }
        if isListItem { return try readBlockSequence(indent: indent, depth: depth, besideKey: false) }
        var probe = self
        if try probe.readKey() != nil { return try readBlockMapping(indent: indent, depth: depth) }
        let node = try readInlineValue(parentIndent: parentIndent, depth: depth)
        scanner.skipSpaces()
        if scanner.peek == ":" {
            throw YAMLError(.unsupported(feature: "complex keys (a list, a mapping or a multi-line value used as a key)"), at: node.location)
        }
        try scanner.finishLine()
        return node
    }

    private var isListItem: Bool { scanner.peek == "-" && scanner.nextIsFollowedBySpace }

    private mutating func readBlockMapping(indent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        let location = scanner.location
        var entries: [YAMLEntry] = []
        var seen: [String: SourceLocation] = [:]
        while true {
            if isListItem { throw YAMLError(.listItemInMapping, at: scanner.location) }
            let lineStart = scanner.location
            guard let key = try readKey() else {
                let text = scanner.rest.prefix { $0 != "#" }.reversed().drop(while: \.isYAMLWhitespace).reversed()
                throw YAMLError(.missingColon(text: String(text)), at: lineStart)
            }
            if let first = seen[key.text] { throw YAMLError(.duplicateKey(key: key.text, first: first), at: key.location) }
            seen[key.text] = key.location
            let value = try readValue(afterKeyIndentedBy: indent, depth: depth + 1)
            entries.append(YAMLEntry(key: key, value: value))
            try scanner.skipBlankLines()
            guard let line = scanner.line, line.indent >= indent, !isAtDocumentMarker else { break }
            if line.indent > indent { throw YAMLError(.badIndentation(found: line.indent, expected: indent), at: scanner.location) }
        }
        return .mapping(entries, location)
    }

    /// Reads a `- item` list whose dashes sit at `indent`; `besideKey` when the list is the
    /// value of a key at the same indentation, so a line that is not an item ends it.
    private mutating func readBlockSequence(indent: Int, depth: Int, besideKey: Bool) throws(YAMLError) -> YAMLNode {
        let location = scanner.location
        var items: [YAMLNode] = []
        while true {
            let dashLine = scanner.lineIndex
            scanner.advance()
            let afterDash = scanner.location
            scanner.skipSpaces()
            if scanner.restIsBlank {
                scanner.move(toLine: dashLine + 1)
                try scanner.skipBlankLines()
                if let line = scanner.line, line.indent > indent {
                    items.append(try readBlockNode(indent: line.indent, parentIndent: indent, depth: depth + 1))
                } else {
                    items.append(.scalar(YAMLScalar(text: "", style: .plain, location: afterDash)))
                }
            } else {
                scanner.restartLineHere()
                items.append(try readBlockNode(indent: scanner.column - 1, parentIndent: indent, depth: depth + 1))
            }
            try scanner.skipBlankLines()
            guard let line = scanner.line, line.indent >= indent, !isAtDocumentMarker else { break }
            if line.indent > indent { throw YAMLError(.badIndentation(found: line.indent, expected: indent), at: scanner.location) }
            guard isListItem else {
                if besideKey { break }
                throw YAMLError(.expectedListItem, at: scanner.location)
            }
        }
        return .sequence(items, location)
    }

    /// Reads `key:` at the cursor and moves past the colon; `nil` (cursor unmoved) when the
    /// line does not start with a key.
    private mutating func readKey() throws(YAMLError) -> YAMLScalar? {
        let start = scanner.location
        switch scanner.peek {
        case nil, "[", "{", "#", "|", ">", "&", "*", "!", "%", "@", "`", ",":
            return nil
        case "-" where scanner.nextIsFollowedBySpace:
            return nil
        case "?" where scanner.nextIsFollowedBySpace:
            throw YAMLError(.unsupported(feature: "complex keys ('? ')"), at: start)
        case "\"", "'":
            var probe = scanner
            guard let key = try? probe.readQuoted(parentIndent: -1, singleLine: true) else { return nil }
            probe.skipSpaces()
            guard probe.peek == ":" else { return nil }
            probe.advance()
            scanner = probe
            return key
        default:
            var probe = scanner
            let (text, end) = probe.scanPlain(inFlow: false)
            guard end == .colon, !text.isEmpty else { return nil }
            probe.advance()
            scanner = probe
            return YAMLScalar(text: String(text), style: .plain, location: start)
        }
    }

    /// Reads the value after `key:`: on the same line, on the lines indented below, or a
    /// list at the key's own indentation; an empty plain scalar when there is none.
    private mutating func readValue(afterKeyIndentedBy indent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        let emptyAt = scanner.location
        scanner.skipSpaces()
        guard scanner.restIsBlank else {
            let node = try readInlineValue(parentIndent: indent, depth: depth)
            try scanner.finishLine()
            return node
        }
        scanner.move(toLine: scanner.lineIndex + 1)
        try scanner.skipBlankLines()
        if let line = scanner.line {
            if line.indent > indent { return try readBlockNode(indent: line.indent, parentIndent: indent, depth: depth) }
            if line.indent == indent, isListItem {
                guard depth <= Self.maximumDepth else { throw YAMLError(.tooDeep(limit: Self.maximumDepth), at: scanner.location) }
                return try readBlockSequence(indent: indent, depth: depth, besideKey: true)
            }
        }
        return .scalar(YAMLScalar(text: "", style: .plain, location: emptyAt))
    }

    // MARK: - Values on a line

    /// Reads a scalar or flow collection starting at the cursor.
    mutating func readInlineValue(parentIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        let start = scanner.location
        guard let first = scanner.peek else { return .scalar(YAMLScalar(text: "", style: .plain, location: start)) }
        switch first {
        case "|", ">":
            return .scalar(try readBlockScalar(parentIndent: parentIndent))
        case "[", "{":
            return try readFlowCollection(parentIndent: parentIndent, depth: depth)
        case "\"", "'":
            return .scalar(try scanner.readQuoted(parentIndent: parentIndent, singleLine: false))
        case "&", "*", "!":
            throw YAMLError(.unsupported(feature: Self.featureName(first)), at: start)
        case "-" where scanner.nextIsFollowedBySpace:
            throw YAMLError(.listOnKeyLine, at: start)
        case "?" where scanner.nextIsFollowedBySpace:
            throw YAMLError(.unsupported(feature: "complex keys ('? ')"), at: start)
        case "%", "@", "`", ",", "]", "}", "#":
            throw YAMLError(.unexpectedCharacter(found: first, expected: "a value (quote a value that starts with '\(first)')"), at: start)
        default:
            return .scalar(try readPlain(parentIndent: parentIndent))
        }
    }

    static func featureName(_ indicator: Character) -> String {
        switch indicator {
        case "&": return "anchors (&name)"
        case "*": return "aliases (*name)"
        default: return "tags (!name)"
        }
    }

    /// Reads a plain scalar and its continuation lines (indented deeper than `parentIndent`),
    /// folding each line break to a space and each empty line to a newline.
    private mutating func readPlain(parentIndent: Int) throws(YAMLError) -> YAMLScalar {
        let start = scanner.location
        let (first, end) = scanner.scanPlain(inFlow: false)
        if first.isEmpty {
            throw YAMLError(.unexpectedCharacter(found: scanner.peek ?? ":", expected: "a value"), at: start)
        }
        if end == .colon {
            let whole = String(first) + scanner.rest.prefix { $0 != "#" }
            throw YAMLError(.colonInValue(value: String(whole.reversed().drop(while: \.isYAMLWhitespace).reversed())), at: scanner.location)
        }
        var text = String(first)
        guard end == .lineEnd else { return YAMLScalar(text: text, style: .plain, location: start) }
        var index = scanner.lineIndex + 1
        var breaks = 0
        while index < scanner.lines.count {
            let line = scanner.lines[index]
            if line.isEmpty {
                breaks += 1
                index += 1
                continue
            }
            let content = line.content.drop(while: \.isYAMLWhitespace)
            guard line.indent > parentIndent, content.first != "#" else { break }
            if line.indent == 0, content.hasPrefix("---") || content.hasPrefix("...") { break }
            var probe = scanner
            probe.move(toLine: index)
            probe.skipSpaces()
            let lineStart = probe.location
            let (more, moreEnd) = probe.scanPlain(inFlow: false)
            if moreEnd == .colon {
                throw YAMLError(.keyInsideValue(key: String(more), valueLine: start.line), at: lineStart)
            }
            text += breaks == 0 ? " " : String(repeating: "\n", count: breaks)
            text += more
            breaks = 0
            scanner = probe
            if moreEnd == .comment { break }
            index += 1
        }
        return YAMLScalar(text: text, style: .plain, location: start)
    }
}
