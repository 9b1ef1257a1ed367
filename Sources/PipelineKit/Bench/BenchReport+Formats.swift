import Foundation

extension BenchReport {
    // MARK: - Markdown

    /// The table as a Markdown table (numbers right-aligned), then the verdict and, as in
    /// `text()`, the costs when the best class is `O(n)`.
    public func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        let alignment = "|" + Self.columns.map { _ in " ---: |" }.joined()
        var out = "### \(workload)\n\n" + (clockSentence.map { $0 + "\n\n" } ?? "")
            + ([line(Self.columns), alignment] + rows.map(line)).joined(separator: "\n")
        out += "\n\n**\(verdictSentence)**\n\n\(fit.reading)\n"
        if let busy = busyMachineSentence { out += "\n\(busy)\n" }
        for note in remeasuredNotes { out += "\n\(note)\n" }
        guard fit.bestClass.complexity == .linear else { return out }
        return out + "\n\(costSentence.prefix(1).uppercased() + costSentence.dropFirst()).\n"
    }

    // MARK: - CSV

    /// One line per size, with a header:
    /// `workload,n,operations,median_seconds,min_seconds,max_seconds,mad_seconds,mean_seconds,outliers,repetitions,seconds_per_operation,clock,wall_median_seconds`.
    /// Seconds are plain decimal numbers on `clock` (`thread-cpu`, `wall`, or empty for a user's
    /// file), fields are quoted as RFC 4180 says when needed, and an unknown operation count or
    /// wall time is an empty field.
    public func csv() -> String {
        let header = ["workload", "n", "operations", "median_seconds", "min_seconds", "max_seconds", "mad_seconds",
                      "mean_seconds", "outliers", "repetitions", "seconds_per_operation", "clock", "wall_median_seconds"]
        let lines = points.map { point -> [String] in
            let statistics = point.statistics
            return [
                workload, String(point.n), point.operations.map(String.init) ?? "",
                "\(statistics.median)", "\(statistics.minimum)", "\(statistics.maximum)",
                "\(statistics.medianAbsoluteDeviation)", "\(statistics.mean)", String(statistics.outlierCount),
                String(point.samples.count), "\(point.secondsPerOperation)", clock?.rawValue ?? "",
                point.wallMedianSeconds.map { "\($0)" } ?? "",
            ]
        }
        return ([header] + lines).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted (with inner quotes doubled) when it holds a comma, a quote or a line break.
    static func csvField(_ raw: String) -> String {
        let field = CSVCell.neutral(raw)
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
