import PipelineKit

/// Prints a table in the format a command was asked for.
enum TableOutput {
    static func render(_ table: TextTable, format: OutputFormat, terminal: Terminal, ascii: Bool = false, title: String = "") -> String {
        switch format {
        case .markdown: return table.renderMarkdown()
        case .csv: return table.renderCSV()
        case .html: return HTMLPage.document(title: title, body: table.renderHTML())
        case .json: return json(table).rendered() + "\n"
        default:
            let style: TableStyle = ascii || !terminal.stdoutIsTerminal ? .ascii : .box
            return table.renderText(width: terminal.tableWidth, style: style)
        }
    }

    /// An array of objects keyed by column title.
    static func json(_ table: TextTable) -> JSONValue {
        .array(table.rows.map { row in
            .object(zip(table.columns, row).map { (key($0.title), JSONValue.string($1)) })
        })
    }

    /// `Final Loss` → `final_loss`, `Time (UTC)` → `time_utc`.
    static func key(_ title: String) -> String {
        let words = title.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: "_")
    }
}
