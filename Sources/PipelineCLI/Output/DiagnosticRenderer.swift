import PipelineKit

/// Renders diagnostics as text: `file:line:col: error: message`, the source line, a caret
/// under the column, then `  hint: …`.
struct DiagnosticRenderer: Sendable {
    /// Source texts by file name, to quote the offending line.
    var sources: [String: String]
    /// Wrap severities in ANSI colour.
    var colored: Bool
    /// What the errors meant, said after the count when there are several (nil: say nothing).
    var consequence: String?
    /// Where secret values sit in the sources, by file: a quoted line shows `[REDACTED]` there.
    var secretSpans: [String: [SecretSpan]]

    init(sources: [String: String] = [:], colored: Bool = false, consequence: String? = "nothing was run",
                secretSpans: [String: [SecretSpan]] = [:]) {
        self.sources = sources
        self.colored = colored
        self.consequence = consequence
        self.secretSpans = secretSpans
    }

    /// Renders every diagnostic; each source is split into lines once, however many
    /// diagnostics quote it.
    ///
    /// - Complexity: O(n + d) for sources of n characters and d diagnostics.
    func render(_ diagnostics: [Diagnostic]) -> String {
        var index: [String: [Substring]] = [:]
        var out = ""
        for diagnostic in diagnostics {
            if let file = diagnostic.location?.file, index[file] == nil, let text = sources[file] { index[file] = Self.lines(of: text) }
            out += render(diagnostic, lines: diagnostic.location.flatMap { index[$0.file] })
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 1 { out += "\(errors) errors found" + (consequence.map { "; \($0)." } ?? ".") + "\n" }
        return out
    }

    func render(_ diagnostic: Diagnostic) -> String {
        render(diagnostic, lines: diagnostic.location.flatMap { sources[$0.file] }.map(Self.lines))
    }

    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    private func render(_ diagnostic: Diagnostic, lines: [Substring]?) -> String {
        var label = diagnostic.severity.rawValue
        if colored {
            let code = diagnostic.severity == .error ? "31" : diagnostic.severity == .warning ? "33" : "36"
            label = ANSI.styled(label, "1;\(code)")
        }
        var out = ""
        if let location = diagnostic.location { out += "\(location): " }
        out += "\(label): \(EchoedText.escaped(diagnostic.message))\n"
        if let location = diagnostic.location, let lines, location.line >= 1, location.line <= lines.count {
            let (shown, caret) = excerpt(lines[location.line - 1], location: location)
            out += "    \(shown)\n"
            out += "    \(String(repeating: " ", count: caret))^\n"
        }
        if let hint = diagnostic.hint { out += "  hint: \(EchoedText.escaped(hint.commandLine))\n" }
        return out
    }

    /// The quoted line: secret spans as `[REDACTED]`, tabs as spaces, control characters
    /// escaped, at most 200 characters; and the caret's offset in it.
    private func excerpt(_ line: Substring, location: SourceLocation) -> (String, Int) {
        var characters = Array(line)
        var caret = max(0, location.column - 1)
        let spans = (secretSpans[location.file] ?? []).filter { $0.line == location.line }.sorted { $0.columns.lowerBound > $1.columns.lowerBound }
        for span in spans {
            let lower = min(max(0, span.columns.lowerBound - 1), characters.count)
            let upper = min(max(lower, span.columns.upperBound - 1), characters.count)
            characters.replaceSubrange(lower..<upper, with: Array(SecretSpan.placeholder))
            if caret >= upper { caret += SecretSpan.placeholder.count - (upper - lower) } else if caret > lower { caret = lower }
        }
        var shown = ""
        var caretColumn = 0
        for (offset, character) in characters.enumerated() {
            let piece = character == "\t" ? " " : EchoedText.escaped(String(character), keepingLineBreaks: false)
            if offset < caret { caretColumn += piece.count }
            shown += piece
        }
        if caret > characters.count { caretColumn = shown.count }
        guard shown.count > 200 else { return (shown, caretColumn) }
        return (String(shown.prefix(200)) + "…", min(caretColumn, 200))
    }
}
