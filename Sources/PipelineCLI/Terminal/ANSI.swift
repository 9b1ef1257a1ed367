/// The ANSI escape codes the tool writes: the only place they are spelled out.
///
/// Each sequence starts with ``introducer`` instead of ESC: U+E000 (the first private-use
/// character), then a number drawn once per process. No input can spell it, so the sink (``TerminalText``) can escape every control character that user text
/// carries and still turn the tool's own sequences into ESC.
enum ANSI {
    /// Stands for ESC in the tool's own sequences until the sink writes them.
    static let introducer = "\u{E000}" + String(UInt64.random(in: 1_000_000_000...9_999_999_999))

    /// `text` in the SGR style `code` (`1` bold, `31` red, `1;33` bold yellow), then reset.
    static func styled(_ text: String, _ code: String) -> String { "\(introducer)[\(code)m\(text)\(introducer)[0m" }

    /// Starts a style without resetting (for a style that spans several pieces).
    static func start(_ code: String) -> String { "\(introducer)[\(code)m" }

    static let reset = "\(introducer)[0m"
    /// Shows the cursor again.
    static let showCursor = "\(introducer)[?25h"
    /// Back to the first column, and clears the line (for a progress line).
    static let clearLine = "\(introducer)[1G\(introducer)[K"
    /// Cursor home, then clears the screen (a quiz question on a fresh screen).
    static let clearScreen = "\(introducer)[H\(introducer)[2J"
}
