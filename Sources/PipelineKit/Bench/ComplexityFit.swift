import Foundation

/// Everything the fitter found for one series: the power law, every class, the costs and the verdict.
public struct ComplexityFit: Equatable, Sendable {
    /// `t = a + c·n^k` with the exponent's confidence interval.
    let powerLaw: PowerLawFit
    /// Every class, in `ComplexityClass.allCases` order.
    let classes: [ClassFit]
    /// The class with the lowest BIC (or `O(1)` when the series is flat), whether or not the
    /// verdict is conclusive.
    public let bestClass: ClassFit
    /// The class with the next lowest BIC.
    public let runnerUp: ClassFit
    /// The share of resampled series (each size's repetitions redrawn) whose best class is
    /// `bestClass` (for a flat series: that are flat), 0 to 1.
    public let stability: Double
    /// The numbers the verdict rests on.
    public let evidence: FitEvidence
    /// Set-up and per-step costs from the `O(n)` fit, reported apart.
    let linearCost: LinearCost
    public let verdict: ComplexityVerdict

    /// The fit of one class.
    func fit(of complexity: ComplexityClass) -> ClassFit? {
        classes.first { $0.complexity == complexity }
    }

    /// The first line a learner reads, for example
    /// `doubling the steps multiplies time by ×2.01 (95% CI 1.97–2.05): linear, O(n)`.
    ///
    /// - Parameter noun: what `n` counts, plural: `steps`, `models`, `parameters`.
    func sentence(noun: String) -> String {
        let ratio = powerLaw.doublingRatioInterval
        let level = Int((powerLaw.confidenceLevel * 100).rounded())
        let subject = noun == "n" ? "n" : "the \(noun)"
        return "doubling \(subject) multiplies time by ×\(Self.ratio(powerLaw.doublingRatio)) "
            + "(\(level)% CI \(Self.ratio(ratio.lowerBound))–\(Self.ratio(ratio.upperBound))): \(verdict.summary)"
    }

    /// The second line: how stable the class is under resampling and why the runner-up lost,
    /// or, when inconclusive, why and what to measure. For example
    /// `linear in 97% of bootstrap resamples; runner-up n log n misses the times by 4.1% on average, linear by 0.9%.`
    var reading: String {
        let share = "\(Int((stability * 100).rounded()))%"
        if let explanation = verdict.explanation {
            guard case .inconclusive(.classesTooClose) = verdict else { return explanation }
            return "\(bestClass.complexity.symbol) wins in \(share) of bootstrap resamples. " + explanation
        }
        let best = bestClass.complexity
        var text = "\(best.name) in \(share) of bootstrap resamples"
        if !powerLaw.isFlat, runnerUp.complexity != best {
            text += "; runner-up \(runnerUp.complexity.name) misses the times by \(Self.percent(runnerUp.normalizedRMS)) "
                + "on average, \(best.name) by \(Self.percent(bestClass.normalizedRMS))"
        }
        if evidence.isBusy {
            text += "; the machine was busy (repetitions spread \(Self.percent(evidence.noise))), so the verdict may be unreliable"
        }
        return text + "."
    }

    private static func ratio(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func percent(_ fraction: Double) -> String {
        fraction < 0.095 ? String(format: "%.1f%%", fraction * 100) : "\(Int((fraction * 100).rounded()))%"
    }
}
