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

init(sources: [String: String] = [:], colored: Bool = false, consequence: String? = "nothing was run") {
        self.sources = sources
        self.colored = colored
        self.consequence = consequence
    }

func render(_ diagnostics: [Diagnostic]) -> String {
        var out = diagnostics.map(render).joined()
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 1 { out += "\(errors) errors found" + (consequence.map { "; \($0)." } ?? ".") + "\n" }
        return out
    }

func render(_ diagnostic: Diagnostic) -> String {
        var label = diagnostic.severity.rawValue
        if colored {
            let code = diagnostic.severity == .error ? "31" : diagnostic.severity == .warning ? "33" : "36"
            label = ANSI.styled(label, "1;\(code)")
        }
        var out = ""
        if let location = diagnostic.location { out += "\(location): " }
        out += "\(label): \(diagnostic.message)\n"
        if let location = diagnostic.location, let line = sourceLine(location) {
            let shown = line.replacingOccurrences(of: "\t", with: " ")
            out += "    \(shown)\n"
            let pad = String(repeating: " ", count: max(0, min(location.column - 1, shown.count)))
            out += "    \(pad)^\n"
        }
        if let hint = diagnostic.hint { out += "  hint: \(hint.commandLine)\n" }
        return out
    }

    private func sourceLine(_ location: SourceLocation) -> String? {
        guard let text = sources[location.file], location.line >= 1 else { return nil }
        var number = 1
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if number == location.line { return line.count <= 200 ? String(line) : String(line.prefix(200)) + "…" }
            number += 1
        }
        return nil
    }
}
