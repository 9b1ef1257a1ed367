/// A problem that stops a JSON document from being read, with where it is and how to fix it.
typealias JSONError = LocatedError<JSONProblem>

/// What can stop a JSON document from being read; the error's location says where.
enum JSONProblem: ProblemKind {
    /// The text holds no value at all.
    case emptyInput
    /// A character where something else was expected (`expected` says what, in words).
    case unexpectedCharacter(found: Character, expected: String)
    /// The text ends in the middle of a value.
    case unexpectedEnd(expected: String)
    /// A word that is not `true`, `false` or `null`.
    case invalidLiteral(text: String)
    /// A number not written as JSON writes numbers.
    case invalidNumber(text: String)
    /// A string never closed on its line; the location is the opening quote.
    case unterminatedString
    /// A backslash escape JSON does not have.
    case invalidEscape(sequence: String)
    /// A raw control character inside a string.
    case controlCharacter(code: UInt32)
    /// A comma before `]` or `}`.
    case trailingComma
    /// The same key twice in one object; `first` is where it first appears.
    case duplicateKey(key: String, first: SourceLocation)
    /// More text after the document's value.
    case trailingText(found: Character)
    /// Arrays and objects nested deeper than `limit`.
    case tooDeep(limit: Int)

    /// What is wrong and how to fix it.
    var explanation: Explanation {
        let checkSyntax: Hint = "check the brackets, quotes and commas around this place"
        switch self {
        case .emptyInput:
            return Explanation("the JSON text is empty",
                               fix: "write a JSON value, for example {}")
        case .unexpectedCharacter(let found, let expected):
            return Explanation("expected \(expected), but found '\(found)'", fix: checkSyntax)
        case .unexpectedEnd(let expected):
            return Explanation("the JSON text ends where \(expected) was expected", fix: checkSyntax)
        case .invalidLiteral(let text):
            return Explanation("'\(text)' is not a JSON value",
                               fix: "write true, false or null in lower case, or put text in double quotes")
        case .invalidNumber(let text):
            return Explanation("'\(text)' is not a valid JSON number",
                               fix: "write numbers like 10, -3, 0.5 or 1e-3 (no leading zeros, '+', '.5' or trailing '.')")
        case .unterminatedString:
            return Explanation("this string is never closed with \"",
                               fix: "add the closing \" on the same line (write \\n for a line break inside the string)")
        case .invalidEscape(let sequence):
            return Explanation("'\(sequence)' is not a valid escape in a JSON string",
                               fix: "use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX")
        case .controlCharacter(let code):
            let hex = String(code, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return Explanation("a control character (U+\(padded)) appears inside a string",
                               fix: "write it as an escape such as \\t or \\u0001")
        case .trailingComma:
            return Explanation("a comma is followed by the end of the list or object",
                               fix: "remove the last comma; JSON does not allow one before ] or }")
        case .duplicateKey(let key, let first):
            return Explanation("the key \"\(key)\" appears twice in this object (first at \(first))",
                               fix: "remove one of the two, or rename it")
        case .trailingText(let found):
            return Explanation("unexpected '\(found)' after the end of the JSON value",
                               fix: "a JSON file holds one value; remove the extra text or wrap the values in [ ]")
        case .tooDeep(let limit):
            return Explanation("the JSON text nests more than \(limit) levels deep",
                               fix: "flatten the document; the files pipeline reads need only a few levels")
        }
    }
}
