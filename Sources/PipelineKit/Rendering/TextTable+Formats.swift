// MARK: - Markdown, CSV and HTML

extension TextTable {
    /// A GitHub-flavoured Markdown table; HTML is escaped (`<img onerror=…>` stays text), `|`
    /// is escaped and line breaks become `<br>`.
    public func renderMarkdown() -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
        }
        var out = "| " + columns.map { cell($0.title) }.joined(separator: " | ") + " |\n"
        out += "| " + columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: " | ") + " |\n"
        for row in normalizedRows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    /// RFC 4180 CSV: a field holding a comma, a quote or a line break is quoted, quotes doubled;
    /// a field a spreadsheet would run as a formula is defused first (`CSVCell.neutral`).
    public func renderCSV() -> String {
        func field(_ raw: String) -> String {
            let text = CSVCell.neutral(raw)
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var out = columns.map { field($0.title) }.joined(separator: ",") + "\n"
        for row in normalizedRows { out += row.map(field).joined(separator: ",") + "\n" }
        return out
    }

    /// An HTML `<table>` with every cell escaped.
    public func renderHTML() -> String {
        func cell(_ text: String) -> String { HTMLPage.escape(text).replacingOccurrences(of: "\n", with: "<br>") }
        var out = "<table>\n<thead><tr>"
        for column in columns {
            out += column.alignment == .right ? "<th class=\"num\">\(cell(column.title))</th>" : "<th>\(cell(column.title))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in normalizedRows {
            out += "<tr>" + row.enumerated().map { index, text in
                columns[index].alignment == .right ? "<td class=\"num\">\(cell(text))</td>" : "<td>\(cell(text))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
