import Foundation

/// Every growth class fitted robustly to one series and ranked by BIC.
///
/// - Complexity: O(C·I·m) for C classes, I reweighting passes and m sizes.
struct ClassChoice: Sendable {
    /// Every class, in `ComplexityClass.allCases` order.
    let fits: [ClassFit]
    /// The same fits, lowest BIC first.
    let ranked: [ClassFit]

    /// Fits every class to `series`, each location's relative standard error from `errors`
    /// (resampled series pass the original's, since a redrawn handful of repetitions often
    /// repeats a value and understates the spread).
    init(series: FitSeries, errors: [Double]) {
        let robust = ComplexityClass.allCases.map { RobustClassFit($0, series: series, errors: errors) }
        let bic = RobustClassFit.bicScores(robust, sizeCount: series.sizes.count)
        fits = zip(robust, bic).map { fit, score in
            ClassFit(complexity: fit.complexity, setupSeconds: fit.line.intercept, coefficient: fit.line.slope,
                     rSquared: ComplexityFitter.rSquared(series, residualSumOfSquares: Self.residualSquares(fit, series)),
                     normalizedRMS: fit.normalizedRMS, bic: score)
        }
        ranked = fits.sorted { $0.bic < $1.bic }
    }

    /// The fit of `complexity`, which every choice holds.
    func fit(of complexity: ComplexityClass) -> ClassFit {
        fits.first { $0.complexity == complexity } ?? fits[0]
    }

    /// `Σ (location − fit)² / location²`, the scale `ComplexityFitter.rSquared` compares against.
    private static func residualSquares(_ fit: RobustClassFit, _ series: FitSeries) -> Double {
        series.sizes.indices.reduce(0) { total, i in
            let g = fit.complexity == .constant ? 0 : fit.complexity.growth(series.sizes[i])
            let r = (series.locations[i] - fit.line.intercept - fit.line.slope * g) / series.locations[i]
            return total + r * r
        }
    }
}
