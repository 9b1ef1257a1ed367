/// Stored runs side by side: a tracker of every parameter and output across them, and which
/// parameters differ and which source set each value.
public struct RunComparison: Equatable, Sendable {
    public var table: TextTable
    /// One sentence per differing parameter; "The runs used the same parameter values." otherwise.
    public var differences: [String]
    private var records: [RunRecord]

    public static func == (lhs: RunComparison, rhs: RunComparison) -> Bool { lhs.records == rhs.records }

    /// - Complexity: O(v · r) for v variables across r runs.
    public init(records: [RunRecord]) {
        self.records = records
        var names: [String] = []
        for record in records {
            for parameter in record.parameters where !names.contains(parameter.name) { names.append(parameter.name) }
        }
        // The same per-run cells as the replay's tracker: what each run received or produced, nothing carried over.
        let tracker = VariableTracker.make(parameters: names, results: records.map(\.result), details: true)
        var rows: [[String]] = tracker.rows.map { [$0.variable] + $0.values.dropFirst().dropLast() }
        var differences: [String] = []
        for name in names {
            let values = records.map { $0.parameters.first { $0.name == name } }
            if Set(values.map { $0?.value ?? VariableTracker.undefined }).count > 1 {
                let parts = zip(records, values).map { record, parameter in
                    "\(parameter?.value ?? VariableTracker.undefined) (\(parameter?.source?.description ?? "unset")) in \(record.id)"
                }
                differences.append("\(name) differs: " + parts.joined(separator: "; "))
            }
        }
        rows.append(["status"] + records.map(\.status.rawValue))
        let hashes = Set(records.map(\.pipeline.contentHash))
        if Set(records.map(\.pipeline.name)).count > 1 || hashes.count > 1 {
            differences.append("The runs come from different pipeline definitions: " + records.map { "\($0.pipeline.name)@\($0.pipeline.contentHash.prefix(8))" }.joined(separator: ", "))
        }
        if differences.isEmpty { differences = ["The runs used the same parameter values."] }
        table = TextTable(columns: [TextTable.Column(title: "Variable")] + records.map { TextTable.Column(title: "Run \($0.id)") }, rows: rows)
        self.differences = differences
    }

    public func json() -> JSONValue {
        .object([
            ("runs", .array(records.map { .string($0.id) })),
            ("rows", .array(table.rows.map { row in
                .object([("variable", .string(row.first ?? "")), ("values", .array(row.dropFirst().map(JSONValue.string)))])
            })),
            ("differences", .array(differences.map(JSONValue.string))),
        ])
    }
}
