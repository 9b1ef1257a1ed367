import Foundation

/// Everything the fitter found for one series: the power law, every class, the costs and the verdict.
public struct ComplexityFit: Equatable, Sendable {
    /// `t = a + c·n^k` with the exponent's confidence interval.
    public let powerLaw: PowerLawFit
    /// Every class, in `ComplexityClass.allCases` order.
    public let classes: [ClassFit]
    /// The class with the lowest BIC (or `O(1)` when the series is flat), whether or not the
    /// verdict is conclusive.
    public let bestClass: ClassFit
    /// Set-up and per-step costs from the `O(n)` fit, reported apart.
    public let linearCost: LinearCost
    public let verdict: ComplexityVerdict

    /// The fit of one class.
    public func fit(of complexity: ComplexityClass) -> ClassFit? {
        classes.first { $0.complexity == complexity }
    }

    /// The sentence a learner reads, for example
    /// `doubling the steps multiplies time by ×2.01 (95% CI 1.97–2.05): linear, O(n)`.
    ///
    /// - Parameter noun: what `n` counts, plural: `steps`, `models`, `parameters`.
    public func sentence(noun: String) -> String {
        let ratio = powerLaw.doublingRatioInterval
        let level = Int((powerLaw.confidenceLevel * 100).rounded())
        return "doubling the \(noun) multiplies time by ×\(Self.ratio(powerLaw.doublingRatio)) "
            + "(\(level)% CI \(Self.ratio(ratio.lowerBound))–\(Self.ratio(ratio.upperBound))): \(verdict.summary)"
    }

    private static func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
}
