import PipelineKit

/// How a command shows what it does: the format of its result (`--format`) and colour
/// (`--color`), read the same way for every command, and its diagnostics written to standard
/// error in that colour.
struct OutputOptions: Equatable, Sendable {
    var format: OutputFormat
    var color: ColorChoice

    /// Reads `--color` and, for a command that has one, its `--format` option (text when not given).
    init(parsing arguments: ParsedArguments, format option: OptionSpec? = nil) {
        format = option.map(arguments.format) ?? .text
        color = arguments.color
    }

    var json: Bool { format == .json }

    /// The renderer for standard error, coloured as asked.
    func errors(_ terminal: Terminal) -> DiagnosticRenderer {
        DiagnosticRenderer(colored: terminal.colorsErr(color))
    }

    /// Writes `diagnostics` to standard error.
    func report(_ diagnostics: [Diagnostic], to terminal: Terminal) {
        terminal.err.write(errors(terminal).render(diagnostics))
    }

    /// Writes one diagnostic to standard error.
    func report(_ diagnostic: Diagnostic, to terminal: Terminal) {
        report([diagnostic], to: terminal)
    }

    /// Where a note about the result goes (an announcement, a summary line): standard output
    /// beside a text result, standard error beside JSON, CSV or Markdown, which stay clean.
    func notes(_ terminal: Terminal) -> any TextSink {
        format == .text ? terminal.out : terminal.err
    }
}
