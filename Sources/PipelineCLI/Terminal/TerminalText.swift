import PipelineKit

/// Text on its way out, made neutral in one place (every sink calls it): control characters
/// that user text carries (a pipeline name, a value, a description, a file path, an echoed
/// id) are shown escaped on a terminal, so no input can retitle the window, move the cursor
/// or clear the screen; the tool's own sequences (``ANSI``) become real escapes.
///
/// ESC shows as `\e`, CR as `\r`, other C0 controls (newline and tab aside), DEL and C1 as
/// `\xNN` (`EchoedText`).
enum TerminalText {
    /// `text` for a terminal: user control characters escaped, then the tool's sequences.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func neutral(_ text: String) -> String {
        withToolSequences(EchoedText.escaped(text, keepingLineBreaks: true))
    }

    /// `text` with the tool's sequences as real escapes, and nothing else changed (output
    /// that is not a terminal: a file, a pipe, `--color always` into a pager).
    static func withToolSequences(_ text: String) -> String {
        guard text.contains(ANSI.introducer) else { return text }
        return text.replacingOccurrences(of: ANSI.introducer, with: "\u{1B}")
    }
}
