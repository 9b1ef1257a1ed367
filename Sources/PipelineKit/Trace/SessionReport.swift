/// A session's execution table and variable tracker, in every output format.
public struct SessionReport: Equatable, Sendable {
    public var pipeline: String
    public var table: ExecutionTable
    public var tracker: VariableTracker

    public init(session: RunSession) {
        self.init(definition: session.definition, results: session.results)
    }

    public init(definition: PipelineDefinition, results: [RunResult]) {
        pipeline = definition.name
        table = ExecutionTable.make(definition, results: results)
        tracker = VariableTracker.make(definition, results: results)
    }

    // MARK: - Tables

    public var executionTextTable: TextTable {
        TextTable(columns: ExecutionTable.columns.enumerated().map { TextTable.Column(title: $1, alignment: $0 == 0 ? .right : .left) },
                  rows: table.rows.map { [String($0.step), $0.action, $0.parameter, $0.value, $0.effect] })
    }

    /// The execution table for a terminal: a row with several parameters lists them one per
    /// line, each value on the line of its name.
    public var executionTerminalTable: TextTable {
        TextTable(columns: executionTextTable.columns, rows: table.rows.map { row in
            let stacked = row.parameters.count > 1 && row.values.count == row.parameters.count
            return [String(row.step), row.action,
                    stacked ? row.parameters.joined(separator: "\n") : row.parameter,
                    stacked ? row.values.joined(separator: "\n") : row.value, row.effect]
        })
    }

    var trackerTextTable: TextTable {
        TextTable(columns: [TextTable.Column(title: "Variable")] + tracker.columns.map { TextTable.Column(title: $0) },
                  rows: tracker.rows.map { [$0.variable] + $0.values })
    }

    // MARK: - Formats

    public func text(width: Int, style: TableStyle) -> String {
        "Execution table\n" + executionTerminalTable.renderText(width: width, style: style)
            + "\nVariable tracker\n" + trackerTextTable.renderText(width: width, style: style)
    }

    public func markdown() -> String {
        "## Execution table\n\n" + executionTextTable.renderMarkdown() + "\n## Variable tracker\n\n" + trackerTextTable.renderMarkdown()
    }

    /// The execution table, then a blank line, then the tracker: two CSV tables.
    public func csv(tracker includeTracker: Bool = false) -> String {
        includeTracker ? trackerTextTable.renderCSV() : executionTextTable.renderCSV()
    }

    public func json() -> JSONValue {
        .object([
            ("pipeline", .string(pipeline)),
            ("rows", .array(table.rows.map { row in
                .object([
                    ("step", .integer(row.step)),
                    ("run", row.run.map(JSONValue.integer) ?? .null),
                    ("kind", .string(row.kind.rawValue)),
                    ("action", .string(row.action)),
                    ("parameter", .string(row.parameter)),
                    ("value", .string(row.value)),
                    ("effect", .string(row.effect)),
                ])
            })),
            ("tracker", .object([
                ("columns", .array(tracker.columns.map(JSONValue.string))),
                ("rows", .array(tracker.rows.map { row in
                    .object([("variable", .string(row.variable)), ("values", .array(row.values.map(JSONValue.string)))])
                })),
            ])),
        ])
    }

    /// One self-contained page: the table and the tracker, no scripts, no network.
    public func html() -> String {
        HTMLPage.document(
            title: "\(pipeline): execution table and variable tracker",
            body: "<h1>\(HTMLPage.escape(pipeline))</h1>\n<h2>Execution table</h2>\n" + executionTextTable.renderHTML()
                + "\n<h2>Variable tracker</h2>\n" + trackerTextTable.renderHTML())
    }
}
