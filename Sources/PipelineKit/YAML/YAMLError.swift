import Foundation

/// A problem that stops a YAML document from being read, with where it is and how to fix it.
typealias YAMLError = LocatedError<YAMLProblem>

/// What can stop a YAML document from being read; the error's location says where.
enum YAMLProblem: ProblemKind {
    /// A tab in the indentation of a line.
    case tabIndentation
    /// The same key twice in one mapping; `first` is where it first appears.
    case duplicateKey(key: String, first: SourceLocation)
    /// A line indented by `found` spaces where the block it continues is indented by `expected`.
    case badIndentation(found: Int, expected: Int)
    /// A line that reads as `key:` inside a multi-line plain value that started on `valueLine`.
    case keyInsideValue(key: String, valueLine: Int)
    /// A `- ` list item among the keys of a mapping.
    case listItemInMapping
    /// A line that is not a `- ` item after the items of a list at the same indentation.
    case expectedListItem
    /// `key: - item`: a block list that starts on its key's line.
    case listOnKeyLine
    /// A line in a mapping that has no `key:`.
    case missingColon(text: String)
    /// `: ` inside a plain (unquoted) value.
    case colonInValue(value: String)
    /// A quoted scalar whose closing quote never comes; the location is the opening quote.
    case unterminatedQuote(quote: Character)
    /// A `[` or `{` never closed; the location is the opening bracket.
    case unterminatedFlow(bracket: Character)
    /// A backslash escape a double-quoted scalar cannot hold.
    case invalidEscape(sequence: String)
    /// A character where something else was expected (`expected` says what, in words).
    case unexpectedCharacter(found: Character, expected: String)
    /// A YAML feature outside the subset (anchors, aliases, tags, several documents…).
    case unsupported(feature: String)
    /// Collections nested deeper than `limit`.
    case tooDeep(limit: Int)

    /// What is wrong and how to fix it.
    var explanation: Explanation {
        switch self {
        case .tabIndentation:
            return Explanation("a tab is used for indentation",
                               fix: "indent with spaces only (two per level is usual); YAML does not allow tabs there")
        case .duplicateKey(let key, let first):
            return Explanation("the key '\(key)' appears twice in this mapping (first at \(first))",
                               fix: "remove one of the two, or rename it")
        case .badIndentation(let found, let expected):
            return Explanation("this line is indented by \(found) \(found == 1 ? "space" : "spaces"), but the block it continues is indented by \(expected)",
                               fix: "line up the keys of one mapping and the '- ' of one list in the same column; a nested block goes deeper than its key")
        case .keyInsideValue(let key, let valueLine):
            return Explanation("'\(key):' reads as a key, but it is indented as part of the value that starts on line \(valueLine)",
                               fix: "line up the keys of one mapping in the same column, and end each key with ':'")
        case .listItemInMapping:
            return Explanation("a list item ('- ') appears among the keys of a mapping",
                               fix: "indent the list under its key, or write the item as 'key: value'")
        case .expectedListItem:
            return Explanation("this line continues a list but is not a list item ('- ')",
                               fix: "start the line with '- ', or indent the list under a key")
        case .listOnKeyLine:
            return Explanation("a list cannot start on the same line as its key",
                               fix: "put each '- item' on its own line below the key, or write the list as [a, b]")
        case .missingColon(let text):
            return Explanation("'\(text)' is not a 'key: value' entry: it has no ':' followed by a space",
                               fix: "write 'key: value' with a space after the colon")
        case .colonInValue(let value):
            return Explanation("an unquoted value cannot contain ': ' (a colon followed by a space)",
                               fix: "quote the whole value: \"\(value.replacingOccurrences(of: "\"", with: "\\\""))\"")
        case .unterminatedQuote(let quote):
            return Explanation("this quoted value is never closed with \(quote)",
                               fix: quote == "'"
                                   ? "add the closing ' (write '' for a quote inside the value)"
                                   : "add the closing \" (write \\\" for a quote inside the value)")
        case .unterminatedFlow(let bracket):
            let closing = bracket == "[" ? "]" : "}"
            return Explanation("this '\(bracket)' is never closed with '\(closing)'",
                               fix: "add the closing '\(closing)', and separate items with ', '")
        case .invalidEscape(let sequence):
            return Explanation("'\(sequence)' is not a valid escape in a double-quoted value",
                               fix: "use \\\" \\\\ \\n \\t or \\uXXXX, or write the value in single quotes, where backslashes are plain text")
        case .unexpectedCharacter(let found, let expected):
            return Explanation("expected \(expected), but found '\(found)'",
                               fix: "quote the value if the character is part of it")
        case .unsupported(let feature):
            let verb = feature.hasSuffix("s") || feature.hasSuffix(")") ? "are" : "is"
            return Explanation("\(feature) \(verb) outside the subset `pipeline` reads",
                               fix: "write the value out in full; docs/yaml-subset.md lists what is read")
        case .tooDeep(let limit):
            return Explanation("the document nests more than \(limit) levels deep",
                               fix: "flatten the document; pipeline definitions need only a few levels")
        }
    }
}
