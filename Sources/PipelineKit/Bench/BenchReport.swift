import Foundation

/// The measurements of one workload and their fit, rendered for people (text, Markdown, a
/// terminal chart, SVG) and for tools (CSV, JSON). Every renderer is a pure function.
public struct BenchReport: Equatable, Sendable {
    /// The workload's name, for example `steps`.
    public var workload: String
    /// What `n` counts, plural, for the verdict: `steps`, `models`, `parameters`.
    var noun: String
    /// One point per size, ascending.
    public var points: [BenchPoint]
    var fit: ComplexityFit
    /// How the binary that measured was compiled (timings from a debug build are 10–25× slower);
    /// `nil` when the timings were measured elsewhere (`bench fit`).
    var build: BuildConfiguration?
    /// The clock the times (and so the fit) come from; `nil` when the timings were measured
    /// elsewhere (`bench fit`: the file does not say).
    var clock: MeasuredClock?

    init(workload: String, noun: String, points: [BenchPoint], fit: ComplexityFit,
                build: BuildConfiguration? = nil, clock: MeasuredClock? = nil) {
        self.workload = workload
        self.noun = noun
        self.points = points.sorted { $0.n < $1.n }
        self.fit = fit
        self.build = build
        self.clock = clock
    }

    /// Fits `points` with `fitter` and makes the report.
    public init(workload: String, noun: String, points: [BenchPoint], fitter: ComplexityFitter = ComplexityFitter(),
                build: BuildConfiguration? = nil, clock: MeasuredClock? = nil) throws(ComplexityFitError) {
        self.init(workload: workload, noun: noun, points: points, fit: try fitter.fit(points), build: build, clock: clock)
    }

    /// `doubling the steps multiplies time by ×2.01 (95% CI 1.97–2.05): linear, O(n)`; the
    /// second line is `fit.reading`.
    public var verdictSentence: String { fit.sentence(noun: noun) }

    /// The fixed and per-step costs in a sentence, from the `O(n)` fit:
    /// `fixed set-up 512 µs per run, then 1.01 µs per step (from the O(n) fit)`, with
    /// `, 253 ns per operation` after the step when a step performs several operations.
    var costSentence: String {
        let cost = fit.linearCost
        var text = (cost.setupSeconds > 0 ? "fixed set-up \(TimeFormat.human(cost.setupSeconds)) per run" : "no fixed set-up cost")
            + ", then "
            + "\(TimeFormat.human(cost.perUnitSeconds)) per \(noun == "n" ? "unit of n" : singular(noun))"
        if let perOperation = cost.perOperationSeconds, abs(perOperation / cost.perUnitSeconds - 1) > 1e-9 {
            text += ", \(TimeFormat.human(perOperation)) per operation"
        }
        return text + " (from the O(n) fit)"
    }

    // MARK: - Table

    /// The table's column titles.
    static let columns = ["n", "operations", "median", "min–max", "per operation", "ratio", "linear law"]

    /// The table's cells, one row per size: n, operations, median, min–max, time per operation,
    /// ratio of the median to the previous size's, and the ratio a linear law predicts.
    var rows: [[String]] {
        points.indices.map { index in
            let point = points[index]
            let statistics = point.statistics
            var ratio = "—", linear = "—"
            if index > 0 {
                let previous = points[index - 1]
                ratio = TimeFormat.ratio(point.medianSeconds / previous.medianSeconds)
                linear = TimeFormat.ratio(Double(point.n) / Double(previous.n))
            }
            return [
                String(point.n), point.operations.map(String.init) ?? "—", TimeFormat.human(statistics.median),
                "\(TimeFormat.human(statistics.minimum))–\(TimeFormat.human(statistics.maximum))",
                TimeFormat.human(point.secondsPerOperation), ratio, linear,
            ]
        }
    }

    /// The table as aligned text, every column right-aligned, with a rule under the titles.
    func table() -> String {
        let all = [Self.columns] + rows
        let widths = Self.columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let pad = String(repeating: " ", count: widths[column] - cells[column].count)
                return pad + cells[column]
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(Self.columns), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// What each column of the table means, one line each.
    static let legend = """
        median: the middle repetition's time per run; min–max: the fastest and slowest repetition
        per operation: the median ÷ the operations one run performs
        ratio: time at this size ÷ time at the previous size
        linear law: the ratio O(n) predicts (this size ÷ the previous size)

        """

    /// Sizes measured twice because their first repetitions spread far more than the others':
    /// `n = 300 was measured again: its first repetitions spread 35% (the machine was busy then).`
    var remeasuredNotes: [String] {
        points.compactMap { point in
            point.remeasuredSpread.map { spread in
                "n = \(point.n) was measured again: its first repetitions spread \(Int((spread * 100).rounded()))%, "
                    + "far more than the other sizes' (the machine was busy then)."
            }
        }
    }

    /// What the times are (when known), the table, the column legend when `legend` is set, the
    /// verdict's two lines, whether other processes slowed the measurement, sizes that
    /// were measured again, and, when the best class is `O(n)`, the set-up and per-step costs
    /// (for other classes an `O(n)` split means little; `json()` reports it always).
    public func text(legend: Bool = true) -> String {
        var out = (clockSentence.map { $0 + "\n\n" } ?? "") + table() + (legend ? "\n" + Self.legend : "")
            + "\n" + verdictSentence + "\n" + fit.reading + "\n"
        if let busy = busyMachineSentence { out += busy + "\n" }
        for note in remeasuredNotes { out += note + "\n" }
        if fit.bestClass.complexity == .linear { out += costSentence + "\n" }
        return out
    }

    /// What the charts plot time against: `the number of steps`, or `n` when the timings name
    /// no noun (a user's file with an `n` column).
    var axisSubject: String { noun == "n" ? "n" : "the number of \(noun)" }

    /// `steps` → `step`, `models` → `model`, `parameters` → `parameter`.
    func singular(_ noun: String) -> String {
        noun.hasSuffix("s") && noun.count > 1 ? String(noun.dropLast()) : noun
    }
}
