import Foundation

/// Fits how run time grows with `n`, honestly: a power law with a constant term and a
/// resampled confidence interval for its exponent, every growth class chosen among by BIC,
/// and a verdict that says "inconclusive" rather than guess.
///
/// The steps, all on the medians of each size with weights `1/median²` (relative error):
/// 1. **Power law** `t = a + c·n^k`, `a, c ≥ 0`: `k` by grid search over `exponentRange` in
///    `exponentStep`s, `a` and `c` by weighted least squares at each `k`. When the fit's average
///    log–log slope from the smallest to the largest size is below `flatSlopeLimit` (0.05:
///    doubling n adds less than 3.5%), the series is *flat*: `k` cannot be told from noise
///    there, so the reported exponent is that average slope instead (close to 0). A slope, not
///    a growth ratio, so that the test means the same over one decade of sizes or three.
/// 2. **Confidence interval** of that exponent: `resamples` times, redraw each size's
///    repetitions with replacement (seeded by `seed`), refit, and take the percentiles (of the
///    average slope, for a flat series).
/// 3. **Classes** `O(1)` … `O(n³)`, each as `t = a + c·g(n)`, `a, c ≥ 0`; the lowest BIC wins
///    (see `ClassFit` for the scores), except that a flat series is `O(1)`.
/// 4. **Verdict**: the class, unless (checked in this order) the exponent's interval is wider
///    than `maximumIntervalWidth`; the best class misses the medians by more than
///    `maximumNormalizedRMS` and by more than 3 times the medians' own noise (so the misfit is
///    not noise); the runner-up's BIC is within `minimumBICGap`; or the best
///    class's `exponentBand` does not overlap the interval. A flat series skips the last three.
///
/// - Complexity: O(B·K·m + s log s) for B resamples, K grid exponents, m sizes and s samples
///   in all; with the defaults (B = 400, K = 701) and m = 6, about 1.7 million small weighted
///   fits, about 15 ms in a release build.
public struct ComplexityFitter: Sendable {
    public var exponentRange: ClosedRange<Double> = 0...3.5
    public var exponentStep = 0.005
    public var resamples = 400
    public var seed: UInt64 = 0x5EED_F17
    public var confidenceLevel = 0.95
    /// Widest exponent interval that still names a class.
    public var maximumIntervalWidth = 0.5
    /// Largest RMS relative miss of the medians that still names a class.
    public var maximumNormalizedRMS = 0.10
    /// Smallest BIC lead over the runner-up that still names a class.
    public var minimumBICGap = 2.0
    /// Average log–log slope over the measured sizes below which a series is flat.
    public var flatSlopeLimit = 0.05

    /// A fitter with the defaults above; set properties to change them.
    public init(resamples: Int = 400, seed: UInt64 = 0x5EED_F17) {
        self.resamples = resamples
        self.seed = seed
    }

    /// Fits `points`; repeated sizes are merged.
    ///
    /// - Throws: `ComplexityFitError` when fewer than 3 sizes are given, or a size or time is
    ///   not positive.
    /// - Complexity: O(B·K·m + s log s); see the type's note.
    public func fit(_ points: [BenchPoint]) throws(ComplexityFitError) -> ComplexityFit {
        let series = try Self.series(from: points)
        let grid = ExponentGrid(lower: exponentRange.lowerBound, upper: exponentRange.upperBound,
                                step: exponentStep, sizes: series.sizes)
        let power = powerLaw(series, grid: grid)
        let interval = exponentInterval(series, grid: grid, flat: power.isFlat)
        let classes = ComplexityClass.allCases.map { classFit($0, series: series) }
        let ranked = classes.sorted { $0.bic < $1.bic }
        let best = power.isFlat ? Self.fit(of: .constant, in: classes) : ranked[0]
        let runnerUp = ranked.first { $0.complexity != best.complexity } ?? best
        let verdict = verdict(best: best, runnerUp: runnerUp, flat: power.isFlat, interval: interval,
                              noise: series.medianRelativeNoise)
        let powerLaw = PowerLawFit(
            setupSeconds: power.line.intercept, coefficient: power.line.slope, fittedExponent: power.gridExponent,
            exponent: power.exponent,
            exponentInterval: interval, confidenceLevel: confidenceLevel, isFlat: power.isFlat,
            rSquared: Self.rSquared(series, residualSumOfSquares: power.line.residualSumOfSquares))
        return ComplexityFit(powerLaw: powerLaw, classes: classes, bestClass: best,
                             linearCost: Self.linearCost(Self.fit(of: .linear, in: classes), points: points),
                             verdict: verdict)
    }

    // MARK: - Power law and its interval

    /// The grid fit, and the exponent to report: the grid `k`, or the average log–log slope of
    /// the fit across the sizes when the fit is flat or `slopeOnly` is set.
    private func powerLaw(_ series: FitSeries, grid: ExponentGrid, slopeOnly: Bool = false)
        -> (exponent: Double, gridExponent: Double, line: WeightedLineFit, isFlat: Bool)
    {
        let best = grid.bestFit(medians: series.medians, weights: series.weights)
        let first = series.sizes[0], last = series.sizes[series.sizes.count - 1]
        let start = best.line.intercept + best.line.slope * pow(first, best.exponent)
        let end = best.line.intercept + best.line.slope * pow(last, best.exponent)
        let slope = log(end / start) / log(last / first)
        let isFlat = slope < flatSlopeLimit
        guard isFlat || slopeOnly else { return (best.exponent, best.exponent, best.line, false) }
        return (slope, best.exponent, best.line, isFlat)
    }

    /// The percentile interval of the exponent over resampled series; for a flat series, of
    /// the average slope, so that a resample that happens to grow a little moves the interval
    /// a little instead of to an arbitrary grid exponent.
    private func exponentInterval(_ series: FitSeries, grid: ExponentGrid, flat: Bool) -> ClosedRange<Double> {
        var random = SeededGenerator(seed: seed)
        let exponents = (0..<max(1, resamples)).map { _ in
            powerLaw(series.resampled(using: &random), grid: grid, slopeOnly: flat).exponent
        }.sorted()
        let tail = (1 - confidenceLevel) / 2
        return Self.quantile(exponents, tail)...Self.quantile(exponents, 1 - tail)
    }

    // MARK: - Classes and verdict

    private func classFit(_ complexity: ComplexityClass, series: FitSeries) -> ClassFit {
        let g = series.sizes.map(complexity.growth)
        let line = WeightedLineFit(g: complexity == .constant ? g.map { _ in 0 } : g,
                                   y: series.medians, weights: series.weights)
        let coefficient = complexity == .constant ? 0 : line.slope
        let predicted = g.map { line.intercept + coefficient * $0 }
        let count = Double(series.sampleCount)
        let parameters = complexity == .constant ? 1.0 : 2.0
        let sampleSquares = max(series.sampleResidualSumOfSquares(predicted: predicted), .leastNormalMagnitude)
        return ClassFit(
            complexity: complexity, setupSeconds: line.intercept, coefficient: coefficient,
            rSquared: Self.rSquared(series, residualSumOfSquares: line.residualSumOfSquares),
            normalizedRMS: (line.residualSumOfSquares / Double(series.sizes.count)).squareRoot(),
            bic: count * log(sampleSquares / count) + parameters * log(count))
    }

    private func verdict(best: ClassFit, runnerUp: ClassFit, flat: Bool,
                         interval: ClosedRange<Double>, noise: Double) -> ComplexityVerdict
    {
        let width = interval.upperBound - interval.lowerBound
        if width > maximumIntervalWidth { return .inconclusive(.exponentIntervalTooWide(width: width)) }
        if flat { return .classified(.constant) }
        if best.normalizedRMS > max(maximumNormalizedRMS, 3 * noise) {
            return .inconclusive(.noClassFits(closest: best.complexity, normalizedRMS: best.normalizedRMS))
        }
        if runnerUp.bic - best.bic < minimumBICGap {
            return .inconclusive(.classesTooClose(best: best.complexity, runnerUp: runnerUp.complexity))
        }
        if !best.complexity.exponentBand.overlaps(interval) {
            return .inconclusive(.exponentDisagrees(best: best.complexity, interval: interval))
        }
        return .classified(best.complexity)
    }
}
