/// Parses a `when:` expression into a `Condition`.
///
/// Grammar, loosest first: `or` (`||`), `and` (`&&`), `not` (`!`), one comparison
/// (`== != < > <= >=`), then parentheses and operands: `parameters.NAME`, quoted strings,
/// numbers, `true`, `false`.
struct ConditionParser {
    private let tokens: [ConditionToken]
    private let location: SourceLocation
    private var index = 0

    /// Parses `text` (`${{ expr }}` or a bare `expr`) whose first character is at `location`.
    static func parse(_ text: String, at location: SourceLocation) throws(ConditionError) -> Condition {
        let characters = Array(text)
        var start = 0
        var end = characters.count
        while start < end, characters[start].isWhitespace { start += 1 }
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        if end - start >= 3, characters[start] == "$", characters[start + 1] == "{", characters[start + 2] == "{" {
            guard end - start >= 5, characters[end - 1] == "}", characters[end - 2] == "}" else {
                throw ConditionError(.unterminatedPlaceholder, at: location.offset(by: start))
            }
            start += 3
            end -= 2
        }
        let tokens = try ConditionToken.tokenize(characters[start..<end], startOffset: start, at: location)
        guard tokens.count > 1 else { throw ConditionError(.empty, at: location.offset(by: start)) }
        var parser = ConditionParser(tokens: tokens, location: location)
        let parsed = try parser.readChain(joinedBy: .or, depth: 1)
        let last = parser.current
        guard last.kind == .end else {
            throw ConditionError(.unexpectedToken(found: last.shown, expected: "'and', 'or' or the end"), at: parser.here)
        }
        try parser.requireCondition(parsed)
        return parsed.condition
    }

    private init(tokens: [ConditionToken], location: SourceLocation) {
        self.tokens = tokens
        self.location = location
    }

    /// A parsed subexpression with the height of its tree, which the depth limit bounds.
    private struct Parsed {
        var condition: Condition
        var height: Int
        var offset: Int
    }

    private var current: ConditionToken { tokens[min(index, tokens.count - 1)] }
    private var here: SourceLocation { location.offset(by: current.offset) }

    private mutating func check(_ height: Int) throws(ConditionError) {
        guard height <= Condition.maximumDepth else { throw ConditionError(.tooDeep(limit: Condition.maximumDepth), at: here) }
    }

    // MARK: - Levels

    /// Reads `operand (joiner operand)*` for `joiner` `.or` (whose operands are `and` chains)
    /// or `.and` (whose operands are `not` levels), grouping to the left.
    private mutating func readChain(joinedBy joiner: ConditionToken.Kind, depth: Int) throws(ConditionError) -> Parsed {
        var left = try readOperand(of: joiner, depth: depth)
        while current.kind == joiner {
            index += 1
            let right = try readOperand(of: joiner, depth: depth)
            try requireCondition(left)
            try requireCondition(right)
            let joined: Condition = joiner == .or ? .or(left.condition, right.condition) : .and(left.condition, right.condition)
            left = Parsed(condition: joined, height: max(left.height, right.height) + 1, offset: left.offset)
            try check(left.height)
        }
        return left
    }

    private mutating func readOperand(of joiner: ConditionToken.Kind, depth: Int) throws(ConditionError) -> Parsed {
        if joiner == .or { return try readChain(joinedBy: .and, depth: depth) }
        return try readNot(depth: depth)
    }

    private mutating func readNot(depth: Int) throws(ConditionError) -> Parsed {
        guard current.kind == .not else { return try readComparison(depth: depth) }
        let offset = current.offset
        try check(depth + 1)
        index += 1
        let operand = try readNot(depth: depth + 1)
        try requireCondition(operand)
        return Parsed(condition: .not(operand.condition), height: operand.height + 1, offset: offset)
    }

    private mutating func readComparison(depth: Int) throws(ConditionError) -> Parsed {
        let left = try readPrimary(depth: depth)
        guard case .comparison(let comparison) = current.kind else { return left }
        index += 1
        let right = try readPrimary(depth: depth)
        if case .comparison = current.kind { throw ConditionError(.chainedComparison, at: here) }
        return Parsed(condition: .comparison(left.condition, comparison, right.condition),
                      height: max(left.height, right.height) + 1, offset: left.offset)
    }

    private mutating func readPrimary(depth: Int) throws(ConditionError) -> Parsed {
        let token = current
        switch token.kind {
        case .leftParenthesis:
            try check(depth + 1)
            index += 1
            var inner = try readChain(joinedBy: .or, depth: depth + 1)
            guard current.kind == .rightParenthesis else {
                throw ConditionError(.unexpectedToken(found: current.shown, expected: "')'"), at: here)
            }
            index += 1
            inner.height += 1
            return inner
        case .parameter(let name):
            index += 1
            return Parsed(condition: .parameter(name, location.offset(by: token.offset)), height: 1, offset: token.offset)
        case .literal(let value):
            index += 1
            return Parsed(condition: .literal(value), height: 1, offset: token.offset)
        case .name(let name):
            throw ConditionError(.unknownName(name: name), at: here)
        default:
            throw ConditionError(.unexpectedToken(found: token.shown, expected: "a parameter, a value or '('"), at: here)
        }
    }

    /// Refuses a value that is not a bool where a condition is needed.
    private func requireCondition(_ parsed: Parsed) throws(ConditionError) {
        if case .literal(let value) = parsed.condition, !(value == .bool(true) || value == .bool(false)) {
            throw ConditionError(.notACondition(text: parsed.condition.description), at: location.offset(by: parsed.offset))
        }
    }
}

extension SourceLocation {
    /// The location `offset` characters further along the same line.
    func offset(by offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }
}
