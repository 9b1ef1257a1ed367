import Foundation

/// The series the fitter works on: sizes, their repetitions, and a location per size that a
/// load burst cannot drag.
///
/// Interference only ever adds time, so each size's location is a *lower* trimmed mean: the
/// mean of its repetitions after the slowest 2 of every 7 are set aside. A burst that slows one
/// or two repetitions of a size 1.5–3× moves it not at all.
struct FitSeries: Sendable {
    /// The relative noise below which no measurement is taken to be (a clock reads no finer, and
    /// a series with one repetition per size has no spread to read).
    static let noiseFloor = 0.002

    /// The sizes, ascending.
    var sizes: [Double]
    /// The repetitions of each size, seconds per run.
    var samples: [[Double]]
    /// The repetitions each location averages: the fastest of each size's samples.
    var kept: [[Double]]
    /// The lower trimmed mean of each size's repetitions.
    var locations: [Double]
    /// Each size's relative spread, `1.4826·MAD / median` (a standard deviation under normal noise).
    var spreads: [Double]

    init(sizes: [Double], samples: [[Double]]) {
        self.init(sizes: sizes, samples: samples, kept: samples.map(Self.fastest(of:)))
    }

    /// A series whose locations are the means of `kept`, unless `locations` are given (a resample).
    private init(sizes: [Double], samples: [[Double]], kept: [[Double]], locations: [Double]? = nil) {
        self.sizes = sizes
        self.samples = samples
        self.kept = kept
        self.locations = locations ?? kept.map { $0.reduce(0, +) / Double(max(1, $0.count)) }
        spreads = samples.map { SampleStatistics($0).relativeSpread }
    }

    /// `values` without the slowest `⌊2r/7⌋` of r: 5 of 7, 18 of 25.
    ///
    /// - Complexity: O(r log r).
    static func fastest(of values: [Double]) -> [Double] {
        Array(values.sorted().prefix(max(1, values.count - values.count * 2 / 7)))
    }

    /// `1 / location²` per size, so that every residual counts as a relative error.
    var weights: [Double] { locations.map { 1 / ($0 * $0) } }

    /// The typical relative noise of one repetition: the median of the sizes' spreads (so one
    /// disturbed size cannot set it), at least `noiseFloor`.
    var sampleNoise: Double { max(Self.noiseFloor, SampleStatistics.median(of: spreads)) }

    /// The relative standard error of each size's location: `1.15 · sampleNoise / √r` (1.15 for
    /// the trimmed mean's lower efficiency against a full mean).
    var locationErrors: [Double] {
        let noise = sampleNoise
        return samples.map { 1.15 * noise / Double(max(1, $0.count)).squareRoot() }
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
        return FitSeries(sizes: sizes, samples: samples, kept: drawn, locations: moved.map { max($0, 1e-12) })
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
