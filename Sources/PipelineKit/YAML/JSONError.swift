/// A problem that stops a JSON document from being read, with where it is and how to fix it.
enum JSONError: Error, Equatable, Sendable {
    /// The text holds no value at all.
    case emptyInput(at: SourceLocation)
    /// A character where something else was expected (`expected` says what, in words).
    case unexpectedCharacter(found: Character, expected: String, at: SourceLocation)
    /// The text ends in the middle of a value.
    case unexpectedEnd(expected: String, at: SourceLocation)
    /// A word that is not `true`, `false` or `null`.
    case invalidLiteral(text: String, at: SourceLocation)
    /// A number not written as JSON writes numbers.
    case invalidNumber(text: String, at: SourceLocation)
    /// A string never closed on its line; the location is the opening quote.
    case unterminatedString(at: SourceLocation)
    /// A backslash escape JSON does not have.
    case invalidEscape(sequence: String, at: SourceLocation)
    /// A raw control character inside a string.
    case controlCharacter(code: UInt32, at: SourceLocation)
    /// A comma before `]` or `}`.
    case trailingComma(at: SourceLocation)
    /// The same key twice in one object.
    case duplicateKey(key: String, at: SourceLocation, first: SourceLocation)
    /// More text after the document's value.
    case trailingText(found: Character, at: SourceLocation)
    /// Arrays and objects nested deeper than `limit`.
    case tooDeep(limit: Int, at: SourceLocation)

    /// Where the problem is.
    var location: SourceLocation {
        switch self {
        case .emptyInput(let at), .unexpectedCharacter(_, _, let at), .unexpectedEnd(_, let at),
             .invalidLiteral(_, let at), .invalidNumber(_, let at), .unterminatedString(let at),
             .invalidEscape(_, let at), .controlCharacter(_, let at), .trailingComma(let at),
             .duplicateKey(_, let at, _), .trailingText(_, let at), .tooDeep(_, let at):
            return at
        }
    }

    /// What is wrong, as a sentence.
    var message: String {
        switch self {
        case .emptyInput:
            return "the JSON text is empty"
        case .unexpectedCharacter(let found, let expected, _):
            return "expected \(expected), but found '\(found)'"
        case .unexpectedEnd(let expected, _):
            return "the JSON text ends where \(expected) was expected"
        case .invalidLiteral(let text, _):
            return "'\(text)' is not a JSON value"
        case .invalidNumber(let text, _):
            return "'\(text)' is not a valid JSON number"
        case .unterminatedString:
            return "this string is never closed with \""
        case .invalidEscape(let sequence, _):
            return "'\(sequence)' is not a valid escape in a JSON string"
        case .controlCharacter(let code, _):
            let hex = String(code, radix: 16, uppercase: true)
            return "a control character (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)) appears inside a string"
        case .trailingComma:
            return "a comma is followed by the end of the list or object"
        case .duplicateKey(let key, _, let first):
            return "the key \"\(key)\" appears twice in this object (first at \(first))"
        case .trailingText(let found, _):
            return "unexpected '\(found)' after the end of the JSON value"
        case .tooDeep(let limit, _):
            return "the JSON text nests more than \(limit) levels deep"
        }
    }

    /// How to fix it, as a sentence.
    var hint: String {
        switch self {
        case .emptyInput:
            return "write a JSON value, for example {}"
        case .unexpectedCharacter, .unexpectedEnd:
            return "check the brackets, quotes and commas around this place"
        case .invalidLiteral:
            return "write true, false or null in lower case, or put text in double quotes"
        case .invalidNumber:
            return "write numbers like 10, -3, 0.5 or 1e-3 (no leading zeros, '+', '.5' or trailing '.')"
        case .unterminatedString:
            return "add the closing \" on the same line (write \\n for a line break inside the string)"
        case .invalidEscape:
            return "use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX"
        case .controlCharacter:
            return "write it as an escape such as \\t or \\u0001"
        case .trailingComma:
            return "remove the last comma; JSON does not allow one before ] or }"
        case .duplicateKey:
            return "remove one of the two, or rename it"
        case .trailingText:
            return "a JSON file holds one value; remove the extra text or wrap the values in [ ]"
        case .tooDeep:
            return "flatten the document; the files pipeline reads need only a few levels"
        }
    }

    /// The error as a diagnostic.
    var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }
}
