import Foundation

/// One growth class fitted to the medians as `t = a + c·g(n)` with `a, c ≥ 0`.
///
/// Scores use the fitter's weighted scale, where each size's residual is divided by its
/// median, so a 5% miss counts the same at 10 µs and at 10 s:
/// - `rSquared` is `1 − SS_res / SS_tot` over the medians with weights `1/median²`, where
///   `SS_tot` is taken around the weighted mean (so it is 0 for `O(1)` by construction, and
///   can be negative only if a fit were worse than that mean, which the constant term prevents);
/// - `normalizedRMS` is the root mean square of `(median − fit) / median` over the sizes;
/// - `bic` is `N·ln(SS/N) + p·ln N` over all N repetitions, each residual divided by its size's
///   median, with p = 1 for `O(1)` and 2 otherwise. Lower is better.
public struct ClassFit: Equatable, Sendable {
    public let complexity: ComplexityClass
    /// The constant term `a`: fixed set-up seconds paid once per run.
    let setupSeconds: Double
    /// The coefficient `c`: seconds per unit of `g(n)` (0 for `O(1)`).
    let coefficient: Double
    let rSquared: Double
    let normalizedRMS: Double
    let bic: Double

    /// The seconds this fit predicts for one run at size `n`.
    func predictedSeconds(at n: Double) -> Double {
        setupSeconds + coefficient * complexity.growth(n)
    }
}

/// The power law `t = a + c·n^k` (`a, c ≥ 0`) with the exponent's confidence interval.
struct PowerLawFit: Equatable, Sendable {
    /// The constant term `a`, seconds.
    let setupSeconds: Double
    /// The coefficient `c`, seconds per `n^k`.
    let coefficient: Double
    /// The grid's best `k` in `a + c·n^k`; the same as `exponent` unless the series is flat.
    let fittedExponent: Double
    /// The exponent that best fits on the grid, or, when the series is flat (the fitted time
    /// has an average log–log slope below the fitter's `flatSlopeLimit`), the average
    /// log–log slope of the fit across the sizes, which is then close to 0.
    let exponent: Double
    /// The exponent's confidence interval, from resampling the repetitions.
    let exponentInterval: ClosedRange<Double>
    /// The confidence level of `exponentInterval`, for example 0.95.
    let confidenceLevel: Double
    /// Whether the fit's average log–log slope is below the flat limit over the measured sizes.
    let isFlat: Bool
    /// `1 − SS_res / SS_tot` on the same weighted scale as `ClassFit.rSquared`.
    let rSquared: Double

    /// How many times longer a run takes when `n` doubles: `2^k`.
    var doublingRatio: Double { pow(2, exponent) }

    /// `2^k` at both ends of the exponent's interval.
    var doublingRatioInterval: ClosedRange<Double> {
        pow(2, exponentInterval.lowerBound)...pow(2, exponentInterval.upperBound)
    }

    /// The seconds this law predicts for one run at size `n`.
    func predictedSeconds(at n: Double) -> Double {
        setupSeconds + coefficient * pow(n, fittedExponent)
    }
}

/// The fixed set-up cost and the per-unit cost of a run, read from the `O(n)` fit, reported apart.
struct LinearCost: Equatable, Sendable {
    /// `a` of `t = a + c·n`: seconds paid once, whatever `n`.
    let setupSeconds: Double
    /// `c` of `t = a + c·n`: seconds per step, model or parameter.
    let perUnitSeconds: Double
    /// `c` divided by the operations per unit (`operations / n`), when every size performs the
    /// same number of operations per unit; `nil` when counts are unknown or not proportional
    /// to `n` (then a per-operation share of `c` means nothing).
    let perOperationSeconds: Double?
}
