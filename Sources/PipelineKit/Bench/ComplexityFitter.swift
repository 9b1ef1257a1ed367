import Foundation

/// Fits how run time grows with `n`, honestly: a power law with a constant term and a
/// resampled interval for its exponent, every growth class fitted robustly and chosen among by
/// BIC, how stable that choice is under resampling, and a verdict that names two classes
/// rather than guess between them.
///
/// The steps, all on each size's mean without the repetitions a burst slowed (see `FitSeries`;
/// load only adds time):
/// 1. **Power law** `t = a + c·n^k`, `a, c ≥ 0`: `k` by grid search over `exponentRange` in
///    `exponentStep`s, `a` and `c` by weighted least squares (relative errors) at each `k`. When
///    the fit's average log–log slope from the smallest to the largest size is below
///    `flatSlopeLimit` (0.05: doubling n adds less than 3.5%), the series is *flat* and the
///    reported exponent is that average slope.
/// 2. **Classes** `O(1)` … `O(n³)`, each `t = a + c·g(n)` by Huber-reweighted least squares on
///    residuals standardized by the measured noise (`RobustClassFit`), scored by BIC with the
///    dispersion of the best fit, so systematic misfit widens comparisons instead of deciding them.
/// 3. **Resampling**, `resamples` times (seeded by `seed`): redraw each size's repetitions with
///    replacement and redo 1 and 2. The exponent's interval is the percentiles of the resampled
///    exponents; the *stability* is the share of resamples whose best class is the chosen one.
/// 4. **Verdict**, checked in this order: fewer than `minimumSizeSpan` between the smallest and
///    largest size (too narrow); the best class misses by more than `maximumNormalizedRMS` and
///    3 times the noise (no class fits); the repetitions spread more than `busyNoise` and the
///    class is not near-certain (the machine was busy); the runner-up is within `minimumBICGap`,
///    the stability below `minimumStability` (unless the exponent's interval lies clear of the
///    runner-up's `exponentBand` and touches the best class's): classes too close. For the hard
///    pair `O(n)`/`O(n log n)`, the log–log slope over the upper sizes, where a start-up cost
///    matters least, has the last word when it clearly sides with one class's fit: it names that
///    class in a tie, and makes a lead for the other class a tie. A flat series is `O(1)`.
///
/// - Complexity: O(B·(K + C·I)·m + s log s) for B resamples, K grid exponents, C classes,
///   I reweighting passes, m sizes and s samples; with the defaults (B = 400, K = 701) and m = 6,
///   about 2 million small operations, some 20 ms in a release build.
public struct ComplexityFitter: Sendable {
    var exponentRange: ClosedRange<Double> = 0...3.5
    var exponentStep = 0.005
    var resamples = 400
    var seed: UInt64 = 0x5EED_F17
    var confidenceLevel = 0.95
    /// Largest RMS relative miss of the locations that still names a class.
    var maximumNormalizedRMS = 0.10
    /// Smallest BIC lead over the runner-up that names a class.
    var minimumBICGap = 3.0
    /// Smallest share of resamples that must pick the class.
    var minimumStability = 0.7
    /// Average log–log slope over the measured sizes below which a series is flat.
    var flatSlopeLimit = 0.05
    /// Relative spread of one repetition above which the machine was busy.
    var busyNoise = 0.25
    /// Smallest ratio of the largest to the smallest size that can separate classes.
    var minimumSizeSpan = 8.0

    /// A fitter with the defaults above; set properties to change them.
    public init(resamples: Int = 400, seed: UInt64 = 0x5EED_F17) {
        self.resamples = resamples
        self.seed = seed
    }

    /// Fits `points`; repeated sizes are merged.
    ///
    /// - Throws: `ComplexityFitError` when fewer than 3 sizes are given, or a size or time is
    ///   not positive.
    /// - Complexity: see the type's note.
    func fit(_ points: [BenchPoint]) throws(ComplexityFitError) -> ComplexityFit {
        let series = try Self.series(from: points)
        let grid = ExponentGrid(lower: exponentRange.lowerBound, upper: exponentRange.upperBound,
                                step: exponentStep, sizes: series.sizes)
        let power = powerLaw(series, grid: grid)
        let choice = ClassChoice(series: series, errors: series.locationErrors)
        let best = power.isFlat ? choice.fit(of: .constant) : choice.ranked[0]
        let runnerUp = choice.ranked.first { $0.complexity != best.complexity } ?? best
        let resampled = resample(series, grid: grid, flat: power.isFlat)
        let tail = (1 - confidenceLevel) / 2
        let interval = Self.quantile(resampled.exponents, tail)...Self.quantile(resampled.exponents, 1 - tail)
        let stability = power.isFlat ? resampled.flatShare : Double(resampled.winners[best.complexity, default: 0]) / Double(max(1, resampled.count))
        let upper = Self.upperSlope(series)
        let evidence = FitEvidence(
            bicGap: runnerUp.bic - best.bic, noise: series.sampleNoise, locationNoise: series.locationNoise,
            isBusy: series.sampleNoise > busyNoise, sizeSpan: series.sizes[series.sizes.count - 1] / series.sizes[0],
            upperSlope: upper,
            upperSlopeInterval: Self.quantile(resampled.upperSlopes, tail)...Self.quantile(resampled.upperSlopes, 1 - tail),
            upperSizes: Self.upperIndices(series.sizes.count).map { Int(series.sizes[$0]) })
        let verdict = verdict(best: best, runnerUp: runnerUp, flat: power.isFlat, stability: stability,
                              evidence: evidence, exponentInterval: interval, largestSize: Int(series.sizes[series.sizes.count - 1]))
        let powerLaw = PowerLawFit(
            setupSeconds: power.line.intercept, coefficient: power.line.slope, fittedExponent: power.gridExponent,
            exponent: power.exponent, exponentInterval: interval, confidenceLevel: confidenceLevel, isFlat: power.isFlat,
            rSquared: Self.rSquared(series, residualSumOfSquares: power.line.residualSumOfSquares))
        return ComplexityFit(powerLaw: powerLaw, classes: choice.fits, bestClass: best, runnerUp: runnerUp,
                             stability: stability, evidence: evidence,
                             linearCost: Self.linearCost(choice.fit(of: .linear), points: points), verdict: verdict)
    }

    // MARK: - Power law

    /// The grid fit, and the exponent to report: the grid `k`, or the average log–log slope of
    /// the fit across the sizes when the fit is flat or `slopeOnly` is set.
    private func powerLaw(_ series: FitSeries, grid: ExponentGrid, slopeOnly: Bool = false)
        -> (exponent: Double, gridExponent: Double, line: WeightedLineFit, isFlat: Bool)
    {
        let best = grid.bestFit(locations: series.locations, weights: series.weights)
        let first = series.sizes[0], last = series.sizes[series.sizes.count - 1]
        let start = best.line.intercept + best.line.slope * pow(first, best.exponent)
        let end = best.line.intercept + best.line.slope * pow(last, best.exponent)
        let slope = log(end / start) / log(last / first)
        let isFlat = slope < flatSlopeLimit
        guard isFlat || slopeOnly else { return (best.exponent, best.exponent, best.line, false) }
        return (slope, best.exponent, best.line, isFlat)
    }

    // MARK: - Resampling

    /// What the resampled series said: exponents and upper slopes (ascending), which class won
    /// how often, and the share that were flat.
    private struct Resampled {
        var exponents: [Double] = [], upperSlopes: [Double] = []
        var winners: [ComplexityClass: Int] = [:]
        var flatCount = 0, count = 0
        var flatShare: Double { Double(flatCount) / Double(max(1, count)) }
    }

    private func resample(_ series: FitSeries, grid: ExponentGrid, flat: Bool) -> Resampled {
        var random = SeededGenerator(seed: seed)
        var result = Resampled()
        let errors = series.locationErrors
        for _ in 0..<max(1, resamples) {
            let drawn = series.resampled(using: &random)
            let power = powerLaw(drawn, grid: grid, slopeOnly: flat)
            result.exponents.append(power.exponent)
            result.upperSlopes.append(Self.upperSlope(drawn))
            if power.isFlat { result.flatCount += 1 }
            if let winner = ClassChoice(series: drawn, errors: errors).ranked.first { result.winners[winner.complexity, default: 0] += 1 }
            result.count += 1
        }
        result.exponents.sort()
        result.upperSlopes.sort()
        return result
    }

    // MARK: - Verdict

    private func verdict(best: ClassFit, runnerUp: ClassFit, flat: Bool, stability: Double,
                         evidence: FitEvidence, exponentInterval: ClosedRange<Double>, largestSize: Int) -> ComplexityVerdict
    {
        if flat, stability >= minimumStability || !evidence.isBusy { return .classified(.constant) }
        if evidence.sizeSpan < minimumSizeSpan {
            return .inconclusive(.sizesTooNarrow(span: evidence.sizeSpan, suggestedLargestSize: largestSize * 10))
        }
        if best.normalizedRMS > max(maximumNormalizedRMS, 3 * evidence.locationNoise) {
            return .inconclusive(.noClassFits(closest: best.complexity, normalizedRMS: best.normalizedRMS))
        }
        if evidence.isBusy, stability < 0.95 {
            return .inconclusive(.machineBusy(spread: evidence.noise, best: best.complexity, runnerUp: runnerUp.complexity))
        }
        let tooClose = ComplexityVerdict.inconclusive(.classesTooClose(best: best.complexity, runnerUp: runnerUp.complexity,
                                                        suggestedLargestSize: largestSize * 10))
        // A narrow lead is still a lead when the power law's exponent rules the runner-up out:
        // k in 2.11–2.50 is no cubic, whatever the two class fits' BICs.
        let excludesRunnerUp = !exponentInterval.overlaps(runnerUp.complexity.exponentBand)
            && exponentInterval.overlaps(best.complexity.exponentBand) && evidence.bicGap > 0
        let leads = (evidence.bicGap >= minimumBICGap && stability >= minimumStability) || excludesRunnerUp
        if let side = upperSizesReading(best: best, runnerUp: runnerUp, evidence: evidence) {
            // O(n) against O(n log n): the growth over the upper sizes, where a start-up cost
            // matters least, decides a tie, and contradicting the lead makes it one.
            return leads && side != best.complexity ? tooClose : .classified(side)
        }
        if !leads { return tooClose }
        return .classified(best.complexity)
    }

    /// For the hard pair `O(n)` and `O(n log n)`, the class the growth over the upper sizes
    /// names, or `nil` when it names neither (or the pair is another). Each class's fit (with its
    /// own start-up cost) predicts a log–log slope over the upper sizes, at most 1 for `O(n)`;
    /// the measured slope's interval must lie wholly on one side of the midpoint between the
    /// two predictions and hold that side's prediction.
    private func upperSizesReading(best: ClassFit, runnerUp: ClassFit, evidence: FitEvidence) -> ComplexityClass? {
        guard Set([best.complexity, runnerUp.complexity]) == [.linear, .linearithmic] else { return nil }
        let (linear, linearithmic) = best.complexity == .linear ? (best, runnerUp) : (runnerUp, best)
        let sizes = evidence.upperSizes.map(Double.init)
        let linearSlope = Self.upperSlope(of: linear, sizes: sizes)
        let linearithmicSlope = Self.upperSlope(of: linearithmic, sizes: sizes)
        let split = (linearSlope + linearithmicSlope) / 2
        let measured = evidence.upperSlopeInterval
        if measured.upperBound < split, measured.contains(linearSlope) { return .linear }
        if measured.lowerBound > split, measured.contains(linearithmicSlope) { return .linearithmic }
        return nil
    }
}
