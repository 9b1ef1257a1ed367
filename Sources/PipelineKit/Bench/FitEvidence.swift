/// What a verdict rests on, for a reader who wants more than the class: how far ahead the
/// winner was, how noisy the repetitions were, and how the time grew over the largest sizes.
public struct FitEvidence: Equatable, Sendable {
    /// The runner-up's BIC minus the best class's: above about 6 is strong evidence.
    public let bicGap: Double
    /// The typical relative spread of one repetition (0.05 is 5%).
    let noise: Double
    /// The typical relative error of one size's location, the value the fit sees.
    let locationNoise: Double
    /// Whether the repetitions spread more than the fitter's busy limit.
    let isBusy: Bool
    /// The largest size divided by the smallest.
    let sizeSpan: Double
    /// The log–log slope of time over the upper sizes (1 for linear growth with no start-up
    /// cost, below 1 with one, about 1.1–1.15 for `n log n` at a few thousand).
    public let upperSlope: Double
    /// The same slope's resampled interval.
    public let upperSlopeInterval: ClosedRange<Double>
    /// The sizes `upperSlope` was read over.
    let upperSizes: [Int]
}
