/// An `args:` text (or a default) with `${{ parameters.NAME }}` and `${{ env.NAME }}`
/// placeholders, parsed once when the definition loads.
///
/// Rendering replaces each placeholder exactly once: a value that itself contains `${{ … }}`,
/// quotes or `; rm -rf /` is inserted as text and never expanded again, and the arguments go
/// to the simulated script as argv, never through a shell.
public struct Template: Equatable, Sendable {
    /// A run of literal text, or a placeholder with where it is written.
    enum Segment: Equatable, Sendable {
        case literal(String)
        case reference(TemplateReference, SourceLocation)
    }

    var segments: [Segment]

    /// Every placeholder's reference, in order of appearance (repeats included).
    public var references: [TemplateReference] {
        segments.compactMap { segment in
            if case .reference(let reference, _) = segment { return reference }
            return nil
        }
    }

    /// The text with each placeholder replaced by `value(reference)`, once, never re-expanded.
    ///
    /// - Complexity: O(n) in the length of the result.
    func render(_ value: (TemplateReference) -> String) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .literal(let literal): text += literal
            case .reference(let reference, _): text += value(reference)
            }
        }
        return text
    }

    /// The arguments of the rendered text, split shell-style by the template's own spaces and
    /// quotes only: each value stays inside the argument it is written in, whatever spaces or
    /// quotes it holds. `--name ${{ parameters.name }}` with `a b` gives `["--name", "a b"]`.
    func renderArguments(_ value: (TemplateReference) -> String) -> [String] {
        var splitter = ArgumentSplitter()
        for segment in segments {
            switch segment {
            case .literal(let literal): splitter.feed(literal)
            case .reference(let reference, _): splitter.feed(value: value(reference))
            }
        }
        return splitter.finish()
    }

    /// Splits text into arguments as a shell would, without running one: whitespace separates,
    /// `'…'` keeps everything literal, `"…"` groups (with `\"` and `\\`), a backslash outside
    /// quotes escapes the next character. An unclosed quote runs to the end.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func splitArguments(_ rendered: String) -> [String] {
        var splitter = ArgumentSplitter()
        splitter.feed(rendered)
        return splitter.finish()
    }
}
