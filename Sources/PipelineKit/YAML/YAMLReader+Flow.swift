// MARK: - Flow collections: [a, b] and {k: v}

extension YAMLReader {
    /// Reads a `[…]` or `{…}` collection at the cursor; it may span lines, each indented
    /// deeper than `parentIndent` (a line may start with the closing bracket at any indentation).
    mutating func readFlowCollection(parentIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        guard depth <= Self.maximumDepth else { throw YAMLError(.tooDeep(limit: Self.maximumDepth), at: scanner.location) }
        let open = scanner.location
        let bracket: Character = scanner.peek ?? "["
        scanner.advance()
        let context = FlowContext(parentIndent: parentIndent, bracket: bracket, open: open)
        return bracket == "["
            ? try readFlowSequence(context, depth: depth)
            : try readFlowMapping(context, depth: depth)
    }

    /// What an unclosed collection reports, and how deep its continuation lines must be.
    struct FlowContext {
        var parentIndent: Int
        var bracket: Character
        var open: SourceLocation
    }

    private mutating func readFlowSequence(_ context: FlowContext, depth: Int) throws(YAMLError) -> YAMLNode {
        var items: [YAMLNode] = []
        while true {
            try skipFlowSpace(context)
            if scanner.peek == "]" {
                scanner.advance()
                return .sequence(items, context.open)
            }
            items.append(try readFlowNode(context, depth: depth + 1))
            try skipFlowSpace(context)
            switch scanner.peek {
            case ",":
                scanner.advance()
            case "]":
                scanner.advance()
                return .sequence(items, context.open)
            case ":":
                throw YAMLError(.unsupported(feature: "'key: value' pairs directly inside [ ] (write them as {key: value})"), at: scanner.location)
            default:
                throw YAMLError(.unexpectedCharacter(found: scanner.peek ?? " ", expected: "',' or ']'"), at: scanner.location)
            }
        }
    }

    private mutating func readFlowMapping(_ context: FlowContext, depth: Int) throws(YAMLError) -> YAMLNode {
        var entries: [YAMLEntry] = []
        var seen: [String: SourceLocation] = [:]
        while true {
            try skipFlowSpace(context)
            if scanner.peek == "}" {
                scanner.advance()
                return .mapping(entries, context.open)
            }
            let key = try readFlowKey()
            if let first = seen[key.text] { throw YAMLError(.duplicateKey(key: key.text, first: first), at: key.location) }
            seen[key.text] = key.location
            try skipFlowSpace(context)
            guard scanner.peek == ":" else { throw YAMLError(.missingColon(text: key.text), at: key.location) }
            scanner.advance()
            let emptyAt = scanner.location
            try skipFlowSpace(context)
            let value: YAMLNode
            if scanner.peek == "," || scanner.peek == "}" {
                value = .scalar(YAMLScalar(text: "", style: .plain, location: emptyAt))
            } else {
                value = try readFlowNode(context, depth: depth + 1)
            }
            entries.append(YAMLEntry(key: key, value: value))
            try skipFlowSpace(context)
            switch scanner.peek {
            case ",":
                scanner.advance()
            case "}":
                scanner.advance()
                return .mapping(entries, context.open)
            default:
                throw YAMLError(.unexpectedCharacter(found: scanner.peek ?? " ", expected: "',' or '}'"), at: scanner.location)
            }
        }
    }

    private mutating func readFlowKey() throws(YAMLError) -> YAMLScalar {
        let start = scanner.location
        switch scanner.peek {
        case "\"", "'":
            return try scanner.readQuoted(parentIndent: -1, singleLine: true)
        case "[", "{":
            throw YAMLError(.unsupported(feature: "complex keys (a list or a mapping used as a key)"), at: start)
        case "?" where scanner.nextIsFollowedBySpace:
            throw YAMLError(.unsupported(feature: "complex keys ('? ')"), at: start)
        case .some(let indicator) where indicator == "&" || indicator == "*" || indicator == "!":
            throw YAMLError(.unsupported(feature: Self.featureName(indicator)), at: start)
        default:
            return try readFlowPlain(expected: "a key")
        }
    }

    private mutating func readFlowNode(_ context: FlowContext, depth: Int) throws(YAMLError) -> YAMLNode {
        let start = scanner.location
        switch scanner.peek {
        case "[", "{":
            return try readFlowCollection(parentIndent: context.parentIndent, depth: depth)
        case "\"", "'":
            return .scalar(try scanner.readQuoted(parentIndent: context.parentIndent, singleLine: false))
        case .some(let indicator) where indicator == "&" || indicator == "*" || indicator == "!":
            throw YAMLError(.unsupported(feature: Self.featureName(indicator)), at: start)
        case .some(let indicator) where "|>#%@`".contains(indicator)
            || ("-?:".contains(indicator) && scanner.nextIsFollowedBySpace):
            throw YAMLError(.unexpectedCharacter(found: indicator, expected: "a value (quote a value that starts with '\(indicator)')"), at: start)
        default:
            return .scalar(try readFlowPlain(expected: "a value"))
        }
    }

    /// A plain scalar inside a flow collection: it ends at `,`, a bracket, `: ` or the line's end.
    private mutating func readFlowPlain(expected: String) throws(YAMLError) -> YAMLScalar {
        let start = scanner.location
        let (text, _) = scanner.scanPlain(inFlow: true)
        guard !text.isEmpty else {
            throw YAMLError(.unexpectedCharacter(found: scanner.peek ?? " ", expected: expected), at: start)
        }
        return YAMLScalar(text: String(text), style: .plain, location: start)
    }

    /// Skips whitespace, comments and line breaks inside a flow collection, refusing the end
    /// of the document and lines not indented past the collection's parent.
    private mutating func skipFlowSpace(_ context: FlowContext) throws(YAMLError) {
        var spaced = false
        while true {
            spaced = scanner.skipSpaces() || spaced
            guard scanner.peek == nil || (scanner.peek == "#" && spaced) else { return }
            var index = scanner.lineIndex + 1
            while index < scanner.lines.count, scanner.lines[index].isBlank { index += 1 }
            guard index < scanner.lines.count else { throw YAMLError(.unterminatedFlow(bracket: context.bracket), at: context.open) }
            let line = scanner.lines[index]
            let first = line.content.drop(while: \.isYAMLWhitespace).first
            guard line.indent > context.parentIndent || first == "]" || first == "}" else {
                throw YAMLError(.unterminatedFlow(bracket: context.bracket), at: context.open)
            }
            scanner.move(toLine: index)
            spaced = true
        }
    }
}
