/// The ANSI escape codes the tool writes: the only place they are spelled out.
enum ANSI {
    /// `text` in the SGR style `code` (`1` bold, `31` red, `1;33` bold yellow), then reset.
    static func styled(_ text: String, _ code: String) -> String { "\u{1B}[\(code)m\(text)\u{1B}[0m" }

    /// Starts a style without resetting (for a style that spans several pieces).
    static func start(_ code: String) -> String { "\u{1B}[\(code)m" }

    static let reset = "\u{1B}[0m"
    /// Shows the cursor again.
    static let showCursor = "\u{1B}[?25h"
    /// Back to the start of the line, and clears it (for a progress line).
    static let clearLine = "\r\u{1B}[K"
}
