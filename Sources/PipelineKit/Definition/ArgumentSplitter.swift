/// Splits argument text shell-style, without a shell: whitespace separates, quotes group,
/// a backslash escapes. Values fed with `feed(value:)` are taken as they are.
struct ArgumentSplitter {
    private var arguments: [String] = []
    private var current = ""
    /// An argument has started (so `''` gives an empty argument).
    private var started = false
    private var quote: Character?
    private var escaping = false

    /// Feeds text written in the template, where spaces, quotes and backslashes count.
    mutating func feed(_ text: String) {
        for character in text { feed(character: character) }
    }

    /// Feeds a substituted value: appended to the current argument as text.
    mutating func feed(value: String) {
        if escaping {
            current.append("\\")
            escaping = false
        }
        current += value
        started = true
    }

    /// Whether an argument has started and not yet ended.
    var isInsideArgument: Bool { started }

    /// The arguments read so far, closing an unclosed quote at the end.
    mutating func finish() -> [String] {
        if escaping {
            current.append("\\")
            escaping = false
        }
        if started { arguments.append(current) }
        current = ""
        started = false
        quote = nil
        return arguments
    }

    /// Feeds one character written in the template.
    mutating func feed(character: Character) {
        if escaping {
            escaping = false
            if quote == "\"", character != "\"", character != "\\", character != "$", character != "`" {
                current.append("\\")
            }
            if !(quote == nil && character.isNewline) { current.append(character) }
            started = true
            return
        }
        switch quote {
        case "'":
            if character == "'" { quote = nil } else { current.append(character) }
        case "\"":
            if character == "\"" {
                quote = nil
            } else if character == "\\" {
                escaping = true
            } else {
                current.append(character)
            }
        default:
            if character.isWhitespace {
                if started { arguments.append(current) }
                current = ""
                started = false
            } else if character == "'" || character == "\"" {
                quote = character
                started = true
            } else if character == "\\" {
                escaping = true
                started = true
            } else {
                current.append(character)
                started = true
            }
        }
    }
}
