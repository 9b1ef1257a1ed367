import Foundation

/// The series the fitter works on: sizes, their repetitions, and a location per size that a
/// load burst cannot drag.
///
/// Interference only ever adds time, so a repetition more than `burstLimit` (3) standard
/// deviations of the noise above its size's median was slowed by a burst of load and is set
/// aside; each size's location is the mean of the rest. The noise is pooled over every size (the
/// log deviations of all repetitions from their sizes' medians), so a size with few repetitions
/// is judged by the whole series' noise, and a burst of 1.5× or more stands out even at 10% noise.
/// A burst that slows one or two repetitions of a size moves its location not at all, and a size
/// that no burst touched keeps every repetition.
struct FitSeries: Sendable {
    /// The relative noise below which no measurement is taken to be (a clock reads no finer, and
    /// a series with one repetition per size has no spread to read).
    static let noiseFloor = 0.002
    /// How many standard deviations of the noise above its size's median a repetition must lie
    /// to be taken as slowed by a burst.
    static let burstLimit = 3.0

    /// The sizes, ascending.
    var sizes: [Double]
    /// The repetitions of each size, seconds per run.
    var samples: [[Double]]
    /// The repetitions each location averages: each size's, without those a burst slowed.
    var kept: [[Double]]
    /// The mean of each size's kept repetitions.
    var locations: [Double]
    /// Each size's relative spread, `1.4826·MAD / median` (a standard deviation under normal noise).
    var spreads: [Double]
    /// The relative noise of one repetition, pooled over every size (see `pooledNoise(_:)`).
    let noise: Double

    init(sizes: [Double], samples: [[Double]]) {
        let noise = Self.pooledNoise(samples)
        self.init(sizes: sizes, samples: samples, kept: samples.map { Self.withoutBursts($0, noise: noise) }, noise: noise)
    }

    /// A series whose locations are the means of `kept`, unless `locations` are given (a resample).
    private init(sizes: [Double], samples: [[Double]], kept: [[Double]], noise: Double, locations: [Double]? = nil) {
        self.sizes = sizes
        self.samples = samples
        self.kept = kept
        self.noise = noise
        self.locations = locations ?? kept.map { $0.reduce(0, +) / Double(max(1, $0.count)) }
        spreads = samples.map { SampleStatistics($0).relativeSpread }
    }

    /// The relative noise of one repetition, pooled over every size with two or more: `1.4826`
    /// times the median absolute log deviation of each repetition from its size's median, times
    /// `√(r/(r−1))` (deviations from a median of r values run small), at least `noiseFloor`.
    ///
    /// - Complexity: O(s log s) for s samples.
    static func pooledNoise(_ samples: [[Double]]) -> Double {
        var deviations: [Double] = []
        var weightedCorrection = 0.0
        for values in samples where values.count > 1 {
            let center = log(SampleStatistics.median(of: values))
            deviations += values.map { abs(log($0) - center) }
            let r = Double(values.count)
            weightedCorrection += r * (r / (r - 1)).squareRoot()
        }
        guard !deviations.isEmpty else { return noiseFloor }
        let correction = weightedCorrection / Double(deviations.count)
        return max(noiseFloor, 1.4826 * SampleStatistics.median(of: deviations) * correction)
    }

    /// `values` without the repetitions a burst slowed: those more than `burstLimit` times
    /// `noise` above the median in log terms (all of them if none were left).
    static func withoutBursts(_ values: [Double], noise: Double) -> [Double] {
        let limit = SampleStatistics.median(of: values) * exp(burstLimit * noise)
        let kept = values.filter { $0 <= limit }
        return kept.isEmpty ? values : kept
    }

    /// `1 / location²` per size, so that every residual counts as a relative error.
    var weights: [Double] { locations.map { 1 / ($0 * $0) } }

    /// The typical relative spread of one size's repetitions, bursts included: the median of the
    /// sizes' spreads (so one disturbed size cannot set it), at least `noiseFloor`.
    var sampleNoise: Double { max(Self.noiseFloor, SampleStatistics.median(of: spreads)) }

    /// The relative standard error of each size's location: `noise / √k` for its k kept repetitions.
    var locationErrors: [Double] {
        kept.map { noise / Double(max(1, $0.count)).squareRoot() }
    }

    /// The same sizes with each size's kept repetitions drawn again with replacement. Drawing
    /// from the kept ones, not from all, keeps a burst that was set aside from returning two or
    /// three times in a resample and dragging its size. The kept repetitions scatter less than
    /// all of them, so each resampled location's departure from the original is scaled until its
    /// spread matches `locationErrors` (the error every fit assumes); a size whose kept
    /// repetitions are all equal departs by that error times a standard normal draw.
    func resampled(using random: inout SeededGenerator) -> FitSeries {
        let errors = locationErrors
        var drawn: [[Double]] = [], moved: [Double] = []
        for (i, values) in kept.enumerated() {
            let sample = values.indices.map { _ in values[Int(random.next() % UInt64(values.count))] }
            let count = Double(values.count), mean = locations[i]
            let spread = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count).squareRoot() / count.squareRoot()
            let target = errors[i] * mean
            if spread > 0 {
                moved.append(mean + (sample.reduce(0, +) / count - mean) * target / spread)
            } else {
                moved.append(mean + target * random.nextGaussian())
            }
            drawn.append(sample)
        }
        return FitSeries(sizes: sizes, samples: samples, kept: drawn, noise: noise, locations: moved.map { max($0, 1e-12) })
    }

    /// The typical relative error of a location: the root mean square of `locationErrors`.
    var locationNoise: Double {
        let errors = locationErrors
        return (errors.map { $0 * $0 }.reduce(0, +) / Double(max(1, errors.count))).squareRoot()
    }
}

/// The exponent grid of the power law, with `n^k` precomputed for every grid point and size.
struct ExponentGrid: Sendable {
    var exponents: [Double]
    /// `powers[j][i] = sizes[i]^exponents[j]`.
    var powers: [[Double]]

    init(lower: Double, upper: Double, step: Double, sizes: [Double]) {
        let count = Int(((upper - lower) / step).rounded()) + 1
        exponents = (0..<count).map { lower + Double($0) * step }
        powers = exponents.map { k in sizes.map { exp(k * log($0)) } }
    }

    /// The best `a + c·n^k` over the grid: the exponent, and the line fit at that exponent.
    ///
    /// - Complexity: O(K·m) for K grid points and m sizes.
    func bestFit(locations: [Double], weights: [Double]) -> (exponent: Double, line: WeightedLineFit) {
        var best = (exponent: exponents[0], line: WeightedLineFit(g: powers[0], y: locations, weights: weights))
        for j in exponents.indices.dropFirst() {
            let line = WeightedLineFit(g: powers[j], y: locations, weights: weights)
            if line.residualSumOfSquares < best.line.residualSumOfSquares {
                best = (exponents[j], line)
            }
        }
        return best
    }
}
