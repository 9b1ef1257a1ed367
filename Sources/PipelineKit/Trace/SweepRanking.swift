/// A sweep's runs ranked by one output, the best marked; failed runs rank after the runs that
/// finished, and diverged runs last. No best is named on a tie, nor when the sweep was
/// interrupted before every run finished.
public struct SweepRanking: Sendable {
    struct Entry: Sendable {
        var id: String?
        var result: RunResult
        /// The swept values, in the order of the axes.
        var values: [String]
    }

    var entries: [Entry]
    var axes: [String]
    /// The output ranked by, or nil when no run produced a numeric output.
    var key: String?
    var descending: Bool
    /// How many runs the sweep planned; more than `entries.count` when it was interrupted.
    var planned: Int

    /// - Parameter planned: the grid's size; nil means every run finished.
    /// - Complexity: O(r log r) for r runs.
    public init(results: [(String?, RunResult, [String])], axes: [String], sortBy: String?, descending: Bool = false, planned: Int? = nil) {
        self.axes = axes
        self.descending = descending
        self.planned = max(planned ?? results.count, results.count)
        let entries = results.map { Entry(id: $0.0, result: $0.1, values: $0.2) }
        let names = entries.flatMap { $0.result.outputs.map(\.name) }
        let key = sortBy ?? (names.contains("final_loss") ? "final_loss" : names.first(where: { $0.hasSuffix(".final_loss") }) ?? names.first { name in entries.contains { Double($0.result.output(name) ?? "") != nil } })
        self.key = key
        self.entries = entries.enumerated().sorted { lhs, rhs in
            let (leftRank, rightRank) = (Self.statusRank(lhs.element.result.status), Self.statusRank(rhs.element.result.status))
            if leftRank != rightRank { return leftRank < rightRank }
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

    /// Succeeded runs first, then failed ones, diverged ones last.
    private static func statusRank(_ status: RunResult.Status) -> Int {
        switch status {
        case .succeeded: return 0
        case .failed: return 1
        case .cancelled: return 2
        case .diverged: return 3
        }
    }

    /// Whether every planned run finished (the sweep was not interrupted).
    public var isComplete: Bool { entries.count == planned }

    private func number(_ entry: Entry) -> Double? {
        guard entry.result.status == .succeeded else { return nil }
        return key.flatMap { entry.result.output($0) }.flatMap(Double.init)
    }

    /// The runs sharing the best value, when the sweep finished and some run has a number.
    var leaders: [Entry] {
        guard isComplete, let first = entries.first, let value = number(first) else { return [] }
        return entries.filter { number($0) == value }
    }

    /// The best entry: the one run with the best value, when every run finished; nil on a tie.
    var best: Entry? {
        leaders.count == 1 ? leaders.first : nil
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

    /// One sentence naming the best run (or the tie, or why there is none) and the diverged ones.
    public var verdict: String {
        var text: String
        let order = descending ? "largest" : "smallest"
        if !isComplete {
            text = "Interrupted after \(entries.count) of \(planned) runs: the table shows only the runs that finished, and no best is named."
        } else if let key, let best {
            text = "Best: \(describe(best)) with \(key) \(best.result.output(key) ?? "") (\(order))."
        } else if let key, leaders.count > 1 {
            text = "No single best: \(leaders.map(describe).joined(separator: "; ")) tie with \(key) \(leaders[0].result.output(key) ?? "") (\(order))."
        } else {
            text = "No run produced a number to rank by."
        }
        let diverged = entries.filter { $0.result.status == .diverged }
        if !diverged.isEmpty {
            text += " Diverged: " + diverged.map(describe).joined(separator: "; ") + "."
        }
        return text
    }

    private func describe(_ entry: Entry) -> String {
        axes.isEmpty ? "the run" : zip(axes, entry.values).map { "\($0)=\($1)" }.joined(separator: ", ")
    }

    public func json() -> JSONValue {
        .object([
            ("sort", key.map(JSONValue.string) ?? .null),
            ("planned", .integer(planned)),
            ("finished", .integer(entries.count)),
            ("interrupted", .bool(!isComplete)),
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
