/// A sweep's runs ranked by one output, the best marked; a diverged run ranks last.
public struct SweepRanking: Sendable {
    public struct Entry: Sendable {
        public var id: String?
        public var result: RunResult
        /// The swept values, in the order of the axes.
        public var values: [String]
    }

    public var entries: [Entry]
    public var axes: [String]
    /// The output ranked by, or nil when no run produced a numeric output.
    public var key: String?
    public var descending: Bool

    /// - Complexity: O(r log r) for r runs.
    public init(results: [(String?, RunResult, [String])], axes: [String], sortBy: String?, descending: Bool = false) {
        self.axes = axes
        self.descending = descending
        let entries = results.map { Entry(id: $0.0, result: $0.1, values: $0.2) }
        let names = entries.flatMap { $0.result.outputs.map(\.name) }
        let key = sortBy ?? (names.contains("final_loss") ? "final_loss" : names.first { name in entries.contains { Double($0.result.output(name) ?? "") != nil } })
        self.key = key
        self.entries = entries.enumerated().sorted { lhs, rhs in
            let left = key.flatMap { lhs.element.result.output($0) }.flatMap(Double.init)
            let right = key.flatMap { rhs.element.result.output($0) }.flatMap(Double.init)
            switch (left, right) {
            case let (l?, r?) where l != r: return descending ? l > r : l < r
            case (_?, nil): return true
            case (nil, _?): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// The best entry: first in order, with a numeric value for the key.
    public var best: Entry? {
        guard let key, let first = entries.first, first.result.output(key).flatMap(Double.init) != nil else { return nil }
        return first
    }

    /// The ranking output, then up to two more outputs that differ between runs: an output
    /// every run agrees on tells nothing apart, so it goes to `sameInEveryRun` instead.
    private var outputColumns: [String] {
        var names: [String] = key.map { [$0] } ?? []
        for entry in entries {
            for output in entry.result.outputs where !names.contains(output.name) && names.count < 3 && !isConstant(output.name) {
                names.append(output.name)
            }
        }
        return names
    }

    private func isConstant(_ output: String) -> Bool {
        let values = Set(entries.map { $0.result.output(output) })
        return entries.count > 1 && values.count == 1 && values.first != nil
    }

    /// Outputs with one value across all runs, as `name value` pairs, or nil when there are none.
    public var sameInEveryRun: String? {
        var seen: [String] = []
        for entry in entries {
            for output in entry.result.outputs where output.name != key && !seen.contains(output.name) && isConstant(output.name) {
                seen.append(output.name)
            }
        }
        guard !seen.isEmpty, let first = entries.first else { return nil }
        return "Same in every run: " + seen.map { "\($0) \(first.result.output($0) ?? "")" }.joined(separator: ", ") + "."
    }

    public var table: TextTable {
        let outputs = outputColumns
        // Without records (--no-record) there are no ids to show.
        let showsIds = entries.contains { $0.id != nil }
        let columns = ["Rank"] + (showsIds ? ["Run"] : []) + axes + ["Status"] + outputs
        let rows = entries.enumerated().map { index, entry -> [String] in
            let mark = index == 0 && best != nil ? "1 ★" : String(index + 1)
            return [mark] + (showsIds ? [entry.id ?? "-"] : []) + entry.values + [entry.result.status.rawValue]
                + outputs.map { entry.result.output($0) ?? "—" }
        }
        return TextTable(columns: columns.map { TextTable.Column(title: $0) }, rows: rows)
    }

    /// One sentence naming the best run and the diverged ones.
    public var verdict: String {
        guard let key, let best else { return "No run produced a number to rank by." }
        let values = zip(axes, best.values).map { "\($0)=\($1)" }.joined(separator: ", ")
        var text = "Best: \(values) with \(key) \(best.result.output(key) ?? "")" + (descending ? " (largest)." : " (smallest).")
        let diverged = entries.filter { $0.result.outputs.contains { $0.value == "diverged" } }
        if !diverged.isEmpty {
            text += " Diverged: " + diverged.map { zip(axes, $0.values).map { "\($0)=\($1)" }.joined(separator: ", ") }.joined(separator: "; ") + "."
        }
        return text
    }

    public func json() -> JSONValue {
        .object([
            ("sort", key.map(JSONValue.string) ?? .null),
            ("runs", .array(entries.enumerated().map { index, entry in
                .object([
                    ("rank", .integer(index + 1)),
                    ("id", entry.id.map(JSONValue.string) ?? .null),
                    ("best", .bool(index == 0 && best != nil)),
                    ("parameters", .object(zip(axes, entry.values).map { ($0, JSONValue.string($1)) })),
                    ("status", .string(entry.result.status.rawValue)),
                    ("outputs", .object(entry.result.outputs.map { ($0.name, JSONValue.string($0.value)) })),
                ])
            })),
        ])
    }
}
