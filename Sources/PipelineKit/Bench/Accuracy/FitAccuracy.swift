/// How often a fitter names the right class on a family of synthetic series: right, wrong or
/// inconclusive, per law.
public struct FitAccuracy: Sendable {
    /// One series and what the fitter said of it.
    public struct Outcome: Sendable {
        public let series: SyntheticTiming
        /// The fit, or `nil` when the fitter refused the series.
        public let fit: ComplexityFit?

        /// Whether the verdict names the series' law.
        public var isRight: Bool { fit?.verdict.complexity == series.law }
        /// Whether the verdict names another class.
        public var isWrong: Bool { fit?.verdict.complexity.map { $0 != series.law } ?? false }
        /// Whether the verdict names no class.
        public var isInconclusive: Bool { fit?.verdict.complexity == nil }
    }

    /// The counts for one law.
    public struct Tally: Equatable, Sendable {
        public let law: ComplexityClass
        public var right = 0, wrong = 0, inconclusive = 0
        var total: Int { right + wrong + inconclusive }
    }

    public let outcomes: [Outcome]

    /// Fits every series of `family` with `fitter`.
    ///
    /// - Complexity: one fit per series; see `ComplexityFitter`.
    public init(family: [SyntheticTiming], fitter: ComplexityFitter) {
        outcomes = family.map { series in Outcome(series: series, fit: try? fitter.fit(series.points)) }
    }

    /// One tally per law, in the family's order.
    public var tallies: [Tally] {
        var order: [ComplexityClass] = []
        var byLaw: [ComplexityClass: Tally] = [:]
        for outcome in outcomes {
            let law = outcome.series.law
            if byLaw[law] == nil { order.append(law); byLaw[law] = Tally(law: law) }
            if outcome.isRight { byLaw[law]?.right += 1 } else if outcome.isWrong { byLaw[law]?.wrong += 1 } else { byLaw[law]?.inconclusive += 1 }
        }
        return order.compactMap { byLaw[$0] }
    }

    /// The counts over every law.
    public var total: Tally {
        tallies.reduce(into: Tally(law: .constant)) { sum, tally in
            sum.right += tally.right
            sum.wrong += tally.wrong
            sum.inconclusive += tally.inconclusive
        }
    }
}
