/// User-provided text as it may be shown: control characters made visible and, in messages
/// that quote a value back, cut to a readable length.
///
/// A pipeline name, a parameter value or a mistyped id can hold escape sequences that would
/// retitle the window or clear the screen if printed raw; here ESC shows as `\e`, other C0
/// and C1 controls and DEL as `\xNN`. Newline and tab are kept where the text may span lines.
public enum EchoedText {
    /// The most characters of a value quoted back in a message.
    static let maximumCharacters = 80

    /// `text` with control characters escaped and cut to `maximumCharacters` (with `…` and the
    /// full length), for quoting a value inside a one-line message.
    public static func cut(_ text: some StringProtocol) -> String {
        let shown = escaped(text, keepingLineBreaks: false)
        guard shown.count > maximumCharacters else { return shown }
        return String(shown.prefix(maximumCharacters)) + "… (\(text.count) characters)"
    }

    /// Whether `text` holds anything `escaped` would change.
    static func needsEscaping(_ text: some StringProtocol, keepingLineBreaks: Bool = true) -> Bool {
        text.unicodeScalars.contains { isControl($0, keepingLineBreaks: keepingLineBreaks) }
    }

    /// `text` with control characters shown escaped (`\e`, `\x07`, `\x9b`); newline and tab kept
    /// when `keepingLineBreaks`, else shown as `\n` and `\t`.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func escaped(_ text: some StringProtocol, keepingLineBreaks: Bool = true) -> String {
        guard needsEscaping(text, keepingLineBreaks: keepingLineBreaks) else { return String(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar, keepingLineBreaks: keepingLineBreaks) else {
                result.append(scalar)
                continue
            }
            let shown: String
            switch scalar.value {
            case 0x1B: shown = "\\e"
            case 0x0A: shown = "\\n"
            case 0x09: shown = "\\t"
            case 0x0D: shown = "\\r"
            default:
                let hex = String(scalar.value, radix: 16)
                shown = "\\x" + (hex.count < 2 ? "0" + hex : hex)
            }
            result.append(contentsOf: shown.unicodeScalars)
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
