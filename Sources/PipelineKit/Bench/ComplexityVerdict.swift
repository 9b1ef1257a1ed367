import Foundation

/// What the fitter concludes: a growth class, or why the measurements cannot name one.
public enum ComplexityVerdict: Equatable, Sendable {
    /// The measurements name this class.
    case classified(ComplexityClass)
    /// The measurements do not support naming a class.
    case inconclusive(InconclusiveReason)

    /// Why a verdict is inconclusive. The fitter checks them in this order.
    public enum InconclusiveReason: Equatable, Sendable {
        /// The largest size is less than the fitter's limit (8×) above the smallest: classes
        /// cannot be told apart over so narrow a range.
        case sizesTooNarrow(span: Double, suggestedLargestSize: Int)
        /// Even the best class misses the locations by more than the fitter's limit (10% RMS by
        /// default) and the noise: the time mixes growth rates, for example `b·n + c·n²` where
        /// neither term dominates over the measured sizes.
        case noClassFits(closest: ComplexityClass, normalizedRMS: Double)
        /// The repetitions spread more than the fitter's busy limit and the class was not
        /// near-certain: other work on the machine decided the times as much as `n` did.
        case machineBusy(spread: Double, best: ComplexityClass, runnerUp: ComplexityClass)
        /// Two classes fit within the noise: the BIC gap, the stability under resampling or, for
        /// `O(n)` and `O(n log n)`, the growth over the upper sizes does not separate them.
        case classesTooClose(best: ComplexityClass, runnerUp: ComplexityClass, suggestedLargestSize: Int)
    }

    /// The class named, or `nil` when inconclusive.
    public var complexity: ComplexityClass? {
        if case .classified(let complexity) = self { return complexity }
        return nil
    }

    /// `linear, O(n)`, `inconclusive: between O(n) and O(n log n)`, …
    public var summary: String {
        switch self {
        case .classified(let complexity):
            return "\(complexity.name), \(complexity.symbol)"
        case .inconclusive(.sizesTooNarrow):
            return "inconclusive: the sizes span too narrow a range"
        case .inconclusive(.noClassFits):
            return "inconclusive: no single class fits"
        case .inconclusive(.machineBusy(_, let best, let runnerUp)):
            return "inconclusive: the machine was busy (\(Self.pair(best, runnerUp)) fit about as well)"
        case .inconclusive(.classesTooClose(let best, let runnerUp, _)):
            return "inconclusive: between \(Self.pair(best, runnerUp))"
        }
    }

    /// A sentence saying why the verdict is inconclusive and what to measure, or `nil` when a
    /// class was named.
    var explanation: String? {
        guard case .inconclusive(let reason) = self else { return nil }
        switch reason {
        case .sizesTooNarrow(let span, let suggested):
            return "The largest size is only \(Self.format(span))× the smallest, too narrow a range to separate "
                + "the classes; measure sizes over at least a decade, up to \(suggested) if you can."
        case .noClassFits(let closest, let rms):
            return "Even the closest class, \(closest.symbol), misses the times by "
                + "\(Self.percent(rms)) on average; the time mixes growth rates over these sizes."
        case .machineBusy(let spread, _, _):
            return "The machine was busy: the repetitions of a size spread \(Self.percent(spread)); "
                + "a verdict would be unreliable. Measure again when the machine is quieter."
        case .classesTooClose(let best, let runnerUp, let suggested):
            return "\(Self.pair(best, runnerUp)) fit these times about equally well; measure sizes up to \(suggested) (10× larger) to tell them apart."
        }
    }

    /// The two classes in growth order: `O(n) and O(n log n)`.
    private static func pair(_ a: ComplexityClass, _ b: ComplexityClass) -> String {
        let order = ComplexityClass.allCases
        let (first, second) = (order.firstIndex(of: a) ?? 0) <= (order.firstIndex(of: b) ?? 0) ? (a, b) : (b, a)
        return "\(first.symbol) and \(second.symbol)"
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// `12%`; a share too large or not a number to convert to a whole percent is said in words.
    private static func percent(_ share: Double) -> String {
        let value = (share * 100).rounded()
        guard value.isFinite, abs(value) < 1e15 else { return "more than can be counted" }
        return "\(Int(value))%"
    }
}
