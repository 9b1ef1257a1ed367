import Foundation

/// One growth class `a + c·g(n)` (`a, c ≥ 0`) fitted to a series' locations by iteratively
/// reweighted least squares with Huber weights, so that one size a burst of load disturbed
/// cannot bend the fit.
///
/// Residuals are standardized by each location's standard error (relative to the location), so
/// `chiSquare` is about `m − 2` for a class that fits within the noise of m sizes. A size whose
/// standardized residual exceeds `huberThreshold` times the residuals' own robust scale counts
/// linearly rather than quadratically, in the fit and in `chiSquare`.
///
/// - Complexity: O(I·m) for I reweighting passes (6) and m sizes.
struct RobustClassFit: Sendable {
    /// Standardized residuals beyond this many standard errors are down-weighted.
    static let huberThreshold = 2.0
    static let passes = 6

    let complexity: ComplexityClass
    let line: WeightedLineFit
    /// `Σ 2·ρ(u)` over the sizes, with `ρ` Huber's loss of the standardized residual `u`, its
    /// threshold `huberThreshold` times the residuals' own scale.
    let chiSquare: Double
    /// The root mean square of `(location − fit) / location` over the sizes.
    let normalizedRMS: Double
    /// Free coefficients: 1 for `O(1)`, 2 otherwise.
    var parameterCount: Int { complexity == .constant ? 1 : 2 }

    init(_ complexity: ComplexityClass, series: FitSeries, errors: [Double]) {
        let g = series.sizes.map { complexity == .constant ? 0 : complexity.growth($0) }
        let y = series.locations
        let base = y.indices.map { 1 / (y[$0] * errors[$0] * y[$0] * errors[$0]) }
        var robust = base
        var line = WeightedLineFit(g: g, y: y, weights: base)
        var standardized: [Double] = []
        for pass in 0..<Self.passes {
            if pass > 0 { line = WeightedLineFit(g: g, y: y, weights: robust) }
            standardized = y.indices.map { (y[$0] - line.intercept - line.slope * g[$0]) / (y[$0] * errors[$0]) }
            // The scale is the residuals' own (1.4826·MAD), never below the measured noise: a
            // class that misses every size alike keeps them all; one size far off the rest is
            // down-weighted.
            let scale = max(1, 1.4826 * SampleStatistics.median(of: standardized.map(abs)))
            robust = y.indices.map { i in
                let u = abs(standardized[i]) / scale
                return base[i] * (u <= Self.huberThreshold ? 1 : Self.huberThreshold / u)
            }
        }
        let scale = max(1, 1.4826 * SampleStatistics.median(of: standardized.map(abs)))
        self.complexity = complexity
        self.line = line
        chiSquare = standardized.reduce(0) { total, residual in
            let u = abs(residual), k = Self.huberThreshold * scale
            return total + (u <= k ? u * u : 2 * k * u - k * k)
        }
        let relative = y.indices.map { (y[$0] - line.intercept - line.slope * g[$0]) / y[$0] }
        normalizedRMS = (relative.map { $0 * $0 }.reduce(0, +) / Double(max(1, y.count))).squareRoot()
    }

    /// BIC scores of `fits` on one scale: `χ²/φ + p·ln m`. The dispersion `φ` is 1 unless even
    /// the best class misses by more than the noise explains (its `χ²` above the 95th percentile
    /// for `m − p` degrees of freedom); then it is that class's `χ² / (m − p)`, so that misfit
    /// beyond the measured noise (a real workload is never exactly one class) widens every
    /// comparison instead of deciding it.
    static func bicScores(_ fits: [RobustClassFit], sizeCount m: Int) -> [Double] {
        let growing = fits.filter { $0.complexity != .constant }
        var dispersion = 1.0
        if let best = growing.min(by: { $0.chiSquare < $1.chiSquare }) {
            let freedom = Double(max(1, m - best.parameterCount))
            if best.chiSquare > chiSquareQuantile95(freedom) { dispersion = best.chiSquare / freedom }
        }
        return fits.map { $0.chiSquare / dispersion + Double($0.parameterCount) * log(Double(m)) }
    }

    /// The 95th percentile of the χ² distribution with `k` degrees of freedom (Wilson–Hilferty;
    /// within 1% of the table from k = 1).
    static func chiSquareQuantile95(_ k: Double) -> Double {
        let spread = (2 / (9 * k)).squareRoot()
        return k * pow(1 - 2 / (9 * k) + 1.6449 * spread, 3)
    }
}
