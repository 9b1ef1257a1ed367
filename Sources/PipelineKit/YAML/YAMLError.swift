import Foundation

/// A problem that stops a YAML document from being read, with where it is and how to fix it.
enum YAMLError: Error, Equatable, Sendable {
    /// A tab in the indentation of a line.
    case tabIndentation(at: SourceLocation)
    /// The same key twice in one mapping.
    case duplicateKey(key: String, at: SourceLocation, first: SourceLocation)
    /// A line indented by `found` spaces where the block it continues is indented by `expected`.
    case badIndentation(found: Int, expected: Int, at: SourceLocation)
    /// A line that reads as `key:` inside a multi-line plain value that started on `valueLine`.
    case keyInsideValue(key: String, valueLine: Int, at: SourceLocation)
    /// A `- ` list item among the keys of a mapping.
    case listItemInMapping(at: SourceLocation)
    /// A line that is not a `- ` item after the items of a list at the same indentation.
    case expectedListItem(at: SourceLocation)
    /// `key: - item`: a block list that starts on its key's line.
    case listOnKeyLine(at: SourceLocation)
    /// A line in a mapping that has no `key:`.
    case missingColon(text: String, at: SourceLocation)
    /// `: ` inside a plain (unquoted) value.
    case colonInValue(value: String, at: SourceLocation)
    /// A quoted scalar whose closing quote never comes; the location is the opening quote.
    case unterminatedQuote(quote: Character, at: SourceLocation)
    /// A `[` or `{` never closed; the location is the opening bracket.
    case unterminatedFlow(bracket: Character, at: SourceLocation)
    /// A backslash escape a double-quoted scalar cannot hold.
    case invalidEscape(sequence: String, at: SourceLocation)
    /// A character where something else was expected (`expected` says what, in words).
    case unexpectedCharacter(found: Character, expected: String, at: SourceLocation)
    /// A YAML feature outside the subset (anchors, aliases, tags, several documents…).
    case unsupported(feature: String, at: SourceLocation)
    /// Collections nested deeper than `limit`.
    case tooDeep(limit: Int, at: SourceLocation)

    /// Where the problem is.
    var location: SourceLocation {
        switch self {
        case .tabIndentation(let at), .duplicateKey(_, let at, _), .badIndentation(_, _, let at),
             .keyInsideValue(_, _, let at), .listItemInMapping(let at), .expectedListItem(let at),
             .listOnKeyLine(let at), .missingColon(_, let at), .colonInValue(_, let at),
             .unterminatedQuote(_, let at), .unterminatedFlow(_, let at), .invalidEscape(_, let at),
             .unexpectedCharacter(_, _, let at), .unsupported(_, let at), .tooDeep(_, let at):
            return at
        }
    }

    /// What is wrong, as a sentence.
    var message: String {
        switch self {
        case .tabIndentation:
            return "a tab is used for indentation"
        case .duplicateKey(let key, _, let first):
            return "the key '\(key)' appears twice in this mapping (first at \(first))"
        case .badIndentation(let found, let expected, _):
            return "this line is indented by \(found) \(Self.spaces(found)), but the block it continues is indented by \(expected)"
        case .keyInsideValue(let key, let valueLine, _):
            return "'\(key):' reads as a key, but it is indented as part of the value that starts on line \(valueLine)"
        case .listItemInMapping:
            return "a list item ('- ') appears among the keys of a mapping"
        case .expectedListItem:
            return "this line continues a list but is not a list item ('- ')"
        case .listOnKeyLine:
            return "a list cannot start on the same line as its key"
        case .missingColon(let text, _):
            return "'\(text)' is not a 'key: value' entry: it has no ':' followed by a space"
        case .colonInValue:
            return "an unquoted value cannot contain ': ' (a colon followed by a space)"
        case .unterminatedQuote(let quote, _):
            return "this quoted value is never closed with \(quote)"
        case .unterminatedFlow(let bracket, _):
            return "this '\(bracket)' is never closed with '\(bracket == "[" ? "]" : "}")'"
        case .invalidEscape(let sequence, _):
            return "'\(sequence)' is not a valid escape in a double-quoted value"
        case .unexpectedCharacter(let found, let expected, _):
            return "expected \(expected), but found '\(found)'"
        case .unsupported(let feature, _):
            return "\(feature) \(feature.hasSuffix("s") || feature.hasSuffix(")") ? "are" : "is") outside the subset `pipeline` reads"
        case .tooDeep(let limit, _):
            return "the document nests more than \(limit) levels deep"
        }
    }

    /// How to fix it, as a sentence.
    var hint: String {
        switch self {
        case .tabIndentation:
            return "indent with spaces only (two per level is usual); YAML does not allow tabs there"
        case .duplicateKey:
            return "remove one of the two, or rename it"
        case .badIndentation:
            return "line up the keys of one mapping and the '- ' of one list in the same column; a nested block goes deeper than its key"
        case .keyInsideValue:
            return "line up the keys of one mapping in the same column, and end each key with ':'"
        case .listItemInMapping:
            return "indent the list under its key, or write the item as 'key: value'"
        case .expectedListItem:
            return "start the line with '- ', or indent the list under a key"
        case .listOnKeyLine:
            return "put each '- item' on its own line below the key, or write the list as [a, b]"
        case .missingColon:
            return "write 'key: value' with a space after the colon"
        case .colonInValue(let value, _):
            return "quote the whole value: \"\(value.replacingOccurrences(of: "\"", with: "\\\""))\""
        case .unterminatedQuote(let quote, _):
            return quote == "'"
                ? "add the closing ' (write '' for a quote inside the value)"
                : "add the closing \" (write \\\" for a quote inside the value)"
        case .unterminatedFlow(let bracket, _):
            return "add the closing '\(bracket == "[" ? "]" : "}")', and separate items with ', '"
        case .invalidEscape:
            return "use \\\" \\\\ \\n \\t or \\uXXXX, or write the value in single quotes, where backslashes are plain text"
        case .unexpectedCharacter:
            return "quote the value if the character is part of it"
        case .unsupported:
            return "write the value out in full; docs/yaml-subset.md lists what is read"
        case .tooDeep:
            return "flatten the document; pipeline definitions need only a few levels"
        }
    }

    /// The error as a diagnostic.
    var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    private static func spaces(_ count: Int) -> String { count == 1 ? "space" : "spaces" }
}
