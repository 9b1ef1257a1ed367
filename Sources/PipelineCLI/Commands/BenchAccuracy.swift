import Foundation
import PipelineKit

/// `pipeline bench accuracy`: how often the fitter names the right class on a seeded family of
/// synthetic series whose laws are known.
enum BenchAccuracy {
    /// Series drawn per law.
    static let perLaw = 40

    static func run(firstSeed: UInt64, format: OutputFormat, export: String?, terminal: Terminal) -> Int32 {
        let family = SyntheticTiming.family(perLaw: perLaw, firstSeed: firstSeed)
        if let export {
            let folder = terminal.path(export)
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for series in family {
                    let name = "\(fileStem(series.law))-seed\(series.seed).csv"
                    try Data(series.csv().utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name), options: .atomic)
                }
            } catch {
                terminal.err.write(DiagnosticRenderer().render(Diagnostic(
                    .error, "cannot write the series into \(export): \(error.systemReason)",
                    hint: "choose a folder you can write to")))
                return ExitCode.badInput
            }
        }
        let accuracy = FitAccuracy(family: family, fitter: ComplexityFitter())
        terminal.out.write(format == .json ? json(accuracy) : text(accuracy, firstSeed: firstSeed))
        return ExitCode.success
    }

    /// `linear`, `n-log-n`, …: the law as a file name.
    static func fileStem(_ law: ComplexityClass) -> String {
        law.name.replacingOccurrences(of: " ", with: "-")
    }

    /// The table per law, then one line per series the fitter did not get right.
    static func text(_ accuracy: FitAccuracy, firstSeed: UInt64) -> String {
        let last = firstSeed + UInt64(perLaw) - 1
        var out = "The fitter on \(accuracy.outcomes.count) synthetic series (seeds \(firstSeed)–\(last) for each law; "
            + "sizes over 2 or 3 decades, 7 repetitions, noise 2–10%, about 1 sample in 20 slowed 1.5–3×, "
            + "start-up 0 to half of the largest size's time):\n\n"
        let rows = (accuracy.tallies + [accuracy.total]).enumerated().map { index, tally in
            [index == accuracy.tallies.count ? "all" : tally.law.symbol, String(tally.right), String(tally.wrong), String(tally.inconclusive)]
        }
        let columns = [TextTable.Column(title: "law"), TextTable.Column(title: "right", alignment: .right),
                       TextTable.Column(title: "wrong", alignment: .right),
                       TextTable.Column(title: "inconclusive", alignment: .right)]
        out += TextTable(columns: columns, rows: rows).renderText(width: 200, style: .ascii)
        let blocks = stride(from: firstSeed, through: last, by: 10).map { start in
            let outcomes = accuracy.outcomes.filter { $0.series.seed >= start && $0.series.seed < start + 10 }
            return "seeds \(start)–\(start + 9): \(outcomes.filter(\.isRight).count) right, "
                + "\(outcomes.filter(\.isWrong).count) wrong, \(outcomes.filter(\.isInconclusive).count) inconclusive"
        }
        out += "\nPer 50 series (10 of each law): " + blocks.joined(separator: "; ") + ".\n"
        let missed = accuracy.outcomes.filter { !$0.isRight }
        if !missed.isEmpty {
            out += "\nNot right:\n"
            for outcome in missed {
                let series = outcome.series
                out += "  \(series.law.symbol) seed \(series.seed) (sizes \(series.sizes.first ?? 0)–\(series.sizes.last ?? 0), "
                    + "noise \(percent(series.noise)), start-up \(percent(series.startUpFraction))): "
                    + (outcome.fit.map(evidence) ?? "not fitted") + "\n"
            }
        }
        return out
    }

    /// One object per series: law, seed, noise, start-up, sizes, and the verdict.
    static func json(_ accuracy: FitAccuracy) -> String {
        let series = accuracy.outcomes.map { outcome -> JSONValue in
            let s = outcome.series
            return .object([
                ("law", .string(s.law.symbol)), ("seed", .number(Double(s.seed))), ("noise", .number(s.noise)),
                ("start_up_fraction", .number(s.startUpFraction)), ("sizes", .array(s.sizes.map { .number(Double($0)) })),
                ("class", outcome.fit?.verdict.complexity.map { .string($0.symbol) } ?? .null),
                ("best_class", outcome.fit.map { .string($0.bestClass.complexity.symbol) } ?? .null),
                ("runner_up", outcome.fit.map { .string($0.runnerUp.complexity.symbol) } ?? .null),
                ("stability", outcome.fit.map { .number($0.stability) } ?? .null),
                ("bic_gap", outcome.fit.map { .number($0.evidence.bicGap) } ?? .null),
                ("outcome", .string(outcome.isRight ? "right" : outcome.isWrong ? "wrong" : "inconclusive")),
            ])
        }
        let total = accuracy.total
        return JSONValue.object([
            ("series", .array(series)),
            ("right", .number(Double(total.right))), ("wrong", .number(Double(total.wrong))),
            ("inconclusive", .number(Double(total.inconclusive))),
        ]).rendered() + "\n"
    }

    /// The verdict and what it rested on, in one line.
    private static func evidence(_ fit: ComplexityFit) -> String {
        let upper = fit.evidence.upperSlopeInterval
        return fit.verdict.summary + String(
            format: " (best %@ in %d%% of resamples, BIC gap %.1f, upper slope %.2f [%.2f–%.2f])",
            fit.bestClass.complexity.symbol, Int((fit.stability * 100).rounded()), fit.evidence.bicGap,
            fit.evidence.upperSlope, upper.lowerBound, upper.upperBound)
    }

    private static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }
}
