/// A table of text: titled columns and rows of cells, rendered for a terminal (aligned,
/// fitted to a width, long cells wrapped) or as Markdown, CSV or HTML.
public struct TextTable: Equatable, Sendable {
    public enum Alignment: Equatable, Sendable {
        case left
        case right
    }

    public struct Column: Equatable, Sendable {
        public var title: String
        var alignment: Alignment

        public init(title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    /// Rows of cells; a short row is padded with empty cells. A cell may hold line breaks.
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Each row with exactly one cell per column.
    var normalizedRows: [[String]] {
        rows.map { row in
            (0..<columns.count).map { $0 < row.count ? row[$0] : "" }
        }
    }
}

/// How a text table draws its lines.
public enum TableStyle: Equatable, Sendable {
    /// Unicode box drawing: ┌─┬─┐.
    case box
    /// Plain ASCII: +-+-+, for any terminal and for screen readers.
    case ascii
    /// No lines at all: columns separated by two spaces.
    case plain
}
