/// Renders lesson Markdown for a terminal: wrapped to a width, styled by a `TextStyler`, and in
/// plain mode (for screen readers) with no box drawing and no Markdown markers at all.
public struct TerminalMarkdownRenderer: Sendable {
    var width: Int
    /// Columns for tables: `width`, or more when output goes where a table may keep its
    /// natural width.
    var tableWidth: Int
    /// How emphasis looks; nil (and always in plain mode): not at all.
    var styler: (any TextStyler)?
    var plain: Bool

    public init(width: Int, tableWidth: Int? = nil, styler: (any TextStyler)? = nil, plain: Bool) {
        self.width = max(20, width)
        self.tableWidth = max(20, tableWidth ?? width)
        self.styler = plain ? nil : styler
        self.plain = plain
    }

    private var inline: InlineMarkdown { InlineMarkdown(styler: styler) }

    /// One block as terminal text, ending with a blank line. A prediction renders as its
    /// question and options only; the caller asks for a guess and reveals the answer.
    public func render(_ block: MarkdownBlock) -> String {
        switch block {
        case .heading(let level, let text):
            let title = inline.render(text)
            if let styler { return styler.style(title, as: .heading(level: level)) + "\n\n" }
            let underline = level == 1 ? "=" : level == 2 ? "-" : ""
            return title + "\n" + (underline.isEmpty ? "" : String(repeating: underline, count: min(width, TextWidth.of(title))) + "\n") + "\n"
        case .paragraph(let text):
            return wrap(inline.render(text), indent: "") + "\n"
        case .list(let ordered, let items):
            var out = ""
            for (index, item) in items.enumerated() {
                let marker = ordered ? "\(index + 1). " : (plain ? "- " : "• ")
                out += wrap(inline.render(item), indent: String(repeating: " ", count: marker.count), first: marker)
            }
            return out + "\n"
        case .code(_, let text):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.map { "    " + (styler?.style(String($0), as: .code) ?? String($0)) }.joined(separator: "\n") + "\n\n"
        case .table(let table):
            let styled = TextTable(columns: table.columns.map { TextTable.Column(title: inline.render($0.title), alignment: $0.alignment) },
                                   rows: table.rows.map { $0.map(inline.render) })
            return styled.renderText(width: tableWidth, style: plain ? .plain : .box) + "\n"
        case .quote(let text):
            let gutter = plain ? "> " : "│ "
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { wrap(inline.render(String($0)), indent: gutter, first: gutter) }.joined() + "\n"
        case .prediction(let prediction):
            var out = (styler.map { $0.style("Predict:", as: .label) + " " } ?? "Predict: ") + inline.render(prediction.question)
            out = wrap(out, indent: "")
            for option in prediction.options {
                out += wrap(inline.render(option.text), indent: "     ", first: "  \(option.key)) ")
            }
            return out + "\n"
        case .rule:
            return String(repeating: plain ? "-" : "─", count: min(width, 40)) + "\n\n"
        }
    }

    /// The whole document as one text (predictions show their answer after the options).
    public func render(_ blocks: [MarkdownBlock]) -> String {
        blocks.map { block in
            if case .prediction(let prediction) = block { return render(block) + "Answer: \(prediction.answer)\n\n" }
            return render(block)
        }.joined()
    }

    private func wrap(_ text: String, indent: String, first: String? = nil) -> String {
        let lead = first ?? indent
        let lines = TextWidth.wrap(text, width: width - TextWidth.of(lead))
        return lines.enumerated().map { ($0 == 0 ? lead : indent) + $1 }.joined(separator: "\n") + "\n"
    }
}
