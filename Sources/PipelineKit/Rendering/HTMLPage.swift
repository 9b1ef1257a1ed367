/// One self-contained HTML page: inline style, no scripts, nothing fetched from a network.
public enum HTMLPage {
    public static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d1d1f; }
        table { border-collapse: collapse; margin: 1rem 0 2rem; }
        th, td { border: 1px solid #c7c7cc; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f2f2f7; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tbody tr:nth-child(even) { background: #fafafa; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// Escapes `& < > " '` for text and attribute values.
    static func escape(_ text: String) -> String {
        text.reduce(into: "") { out, character in out += entities[character] ?? String(character) }
    }

    private static let entities: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
}
