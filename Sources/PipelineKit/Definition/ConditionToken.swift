/// One token of a `when:` expression, with its offset in the condition's text.
struct ConditionToken: Equatable {
    enum Kind: Equatable {
        case leftParenthesis
        case rightParenthesis
        case comparison(ComparisonOperator)
        case and
        case or
        case not
        case parameter(String)
        case literal(ParameterValue)
        /// A word that is not a keyword or `parameters.NAME`.
        case name(String)
        case end
    }

    var kind: Kind
    /// The text as written, for messages.
    var text: String
    /// Characters from the start of the condition's text.
    var offset: Int

    /// The token as a message shows it.
    var shown: String { kind == .end ? "the end" : "'\(text)'" }

    /// Splits an expression into tokens, ending with `.end`.
    static func tokenize(_ characters: ArraySlice<Character>, startOffset: Int, at location: SourceLocation) throws(ConditionError) -> [ConditionToken] {
        var tokens: [ConditionToken] = []
        var index = characters.startIndex
        func offset(_ position: Int) -> Int { startOffset + position - characters.startIndex }
        while index < characters.endIndex {
            let character = characters[index]
            let start = index
            if character.isWhitespace {
                index += 1
                continue
            }
            let next: Character? = index + 1 < characters.endIndex ? characters[index + 1] : nil
            let kind: Kind
            switch character {
            case "(": kind = .leftParenthesis; index += 1
            case ")": kind = .rightParenthesis; index += 1
            case "=" where next == "=": kind = .comparison(.equal); index += 2
            case "!" where next == "=": kind = .comparison(.notEqual); index += 2
            case "<" where next == "=": kind = .comparison(.lessOrEqual); index += 2
            case ">" where next == "=": kind = .comparison(.greaterOrEqual); index += 2
            case "<": kind = .comparison(.less); index += 1
            case ">": kind = .comparison(.greater); index += 1
            case "!": kind = .not; index += 1
            case "&" where next == "&": kind = .and; index += 2
            case "|" where next == "|": kind = .or; index += 2
            case "'", "\"":
                let (text, end) = try readString(characters, from: index, at: location.offset(by: offset(index)))
                kind = .literal(.string(text))
                index = end
            case _ where character.isASCIIDigit || (character == "-" && next?.isASCIIDigit == true):
                var end = index + 1
                while end < characters.endIndex, characters[end].isASCIIDigit || characters[end] == "." || characters[end] == "e"
                    || characters[end] == "E" || ((characters[end] == "-" || characters[end] == "+") && (characters[end - 1] == "e" || characters[end - 1] == "E")) {
                    end += 1
                }
                let text = String(characters[index..<end])
                guard let value = number(text) else { throw ConditionError(.invalidNumber(text: text), at: location.offset(by: offset(index))) }
                kind = .literal(value)
                index = end
            case _ where character.isLetter || character == "_":
                var end = index + 1
                while end < characters.endIndex, characters[end].isLetter || characters[end].isNumber || "_-.".contains(characters[end]) {
                    end += 1
                }
                kind = word(String(characters[index..<end]))
                index = end
            default:
                throw ConditionError(.unexpectedToken(found: "'\(character)'", expected: "a parameter, a value or an operator"), at: location.offset(by: offset(index)))
            }
            tokens.append(ConditionToken(kind: kind, text: String(characters[start..<index]), offset: offset(start)))
        }
        tokens.append(ConditionToken(kind: .end, text: "", offset: offset(characters.endIndex)))
        return tokens
    }

    private static func word(_ text: String) -> Kind {
        switch text {
        case "and": return .and
        case "or": return .or
        case "not": return .not
        case "true": return .literal(.bool(true))
        case "false": return .literal(.bool(false))
        default:
            let prefix = "parameters."
            if text.hasPrefix(prefix), Template.isName(String(text.dropFirst(prefix.count)), allowingDots: true) {
                return .parameter(String(text.dropFirst(prefix.count)))
            }
            return .name(text)
        }
    }

    /// An int (`-3`) or a decimal (`0.5`, `1e-3`).
    private static func number(_ text: String) -> ParameterValue? {
        if let integer = Int(text) { return .int(integer) }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard digits.first?.isASCIIDigit == true, digits.last?.isASCIIDigit == true,
              digits.filter({ $0 == "." }).count <= 1, let decimal = Double(text), decimal.isFinite,
              text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else { return nil }
        return .float(decimal)
    }

    /// Reads a quoted string starting at `start` (its quote); a backslash escapes the next character.
    private static func readString(_ characters: ArraySlice<Character>, from start: Int, at location: SourceLocation) throws(ConditionError) -> (String, Int) {
        let quote = characters[start]
        var text = ""
        var index = start + 1
        while index < characters.endIndex {
            let character = characters[index]
            if character == quote { return (text, index + 1) }
            if character == "\\", index + 1 < characters.endIndex {
                text.append(characters[index + 1])
                index += 2
                continue
            }
            text.append(character)
            index += 1
        }
        throw ConditionError(.unterminatedString, at: location)
    }
}
