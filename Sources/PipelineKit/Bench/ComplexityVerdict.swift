import Foundation

/// What the fitter concludes: a growth class, or why the measurements cannot name one.
public enum ComplexityVerdict: Equatable, Sendable {
    /// The measurements name this class.
    case classified(ComplexityClass)
    /// The measurements do not support naming a class.
    case inconclusive(InconclusiveReason)

    /// Why a verdict is inconclusive. The fitter checks them in this order.
    public enum InconclusiveReason: Equatable, Sendable {
        /// The exponent's confidence interval is wider than the fitter's limit (0.5 by default),
        /// so it spans more than one class.
        case exponentIntervalTooWide(width: Double)
        /// Even the best class misses the medians by more than the fitter's limit (10% RMS by
        /// default): the time mixes growth rates, for example `b·n + c·n²` where neither term
        /// dominates over the measured sizes.
        case noClassFits(closest: ComplexityClass, normalizedRMS: Double)
        /// The best class beats the runner-up by less than the fitter's BIC gap (2 by default):
        /// the evidence for either is weak.
        case classesTooClose(best: ComplexityClass, runnerUp: ComplexityClass)
        /// The best class by BIC does not match the exponent's confidence interval.
        case exponentDisagrees(best: ComplexityClass, interval: ClosedRange<Double>)
    }

    /// The class named, or `nil` when inconclusive.
    public var complexity: ComplexityClass? {
        if case .classified(let complexity) = self { return complexity }
        return nil
    }

    /// `linear, O(n)`, `inconclusive: too noisy`, or `inconclusive: no single class fits`.
    public var summary: String {
        switch self {
        case .classified(let complexity):
            return "\(complexity.name), \(complexity.symbol)"
        case .inconclusive(.noClassFits):
            return "inconclusive: no single class fits"
        case .inconclusive:
            return "inconclusive: too noisy"
        }
    }

    /// A sentence saying why the verdict is inconclusive, or `nil` when a class was named.
    public var explanation: String? {
        guard case .inconclusive(let reason) = self else { return nil }
        switch reason {
        case .exponentIntervalTooWide(let width):
            return "The exponent's confidence interval is \(Self.format(width)) wide, so it spans "
                + "more than one class; measure more repetitions or larger sizes."
        case .noClassFits(let closest, let rms):
            return "Even the closest class, \(closest.symbol), misses the medians by "
                + "\(Self.percent(rms)) on average; the time mixes growth rates over these sizes."
        case .classesTooClose(let best, let runnerUp):
            return "\(best.symbol) fits only slightly better than \(runnerUp.symbol); "
                + "measure more repetitions or a wider range of sizes to tell them apart."
        case .exponentDisagrees(let best, let interval):
            return "The best class, \(best.symbol), does not match the exponent's confidence interval "
                + "\(Self.format(interval.lowerBound))–\(Self.format(interval.upperBound))."
        }
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    /// `12%`; a share too large or not a number to convert to a whole percent is said in words.
    private static func percent(_ share: Double) -> String {
        let value = (share * 100).rounded()
        guard value.isFinite, abs(value) < 1e15 else { return "more than can be counted" }
        return "\(Int(value))%"
    }
}
