import Foundation

/// The series the fitter works on: sizes, their repetitions, and the medians it fits.
struct FitSeries: Sendable {
    /// The sizes, ascending.
    var sizes: [Double]
    /// The repetitions of each size, seconds per run.
    var samples: [[Double]]
    /// The median of each size's repetitions.
    var medians: [Double]

    init(sizes: [Double], samples: [[Double]]) {
        self.sizes = sizes
        self.samples = samples
        medians = samples.map(SampleStatistics.median(of:))
    }

    /// `1 / median²` per size, so that every residual counts as a relative error.
    var weights: [Double] { medians.map { 1 / ($0 * $0) } }

    /// The same sizes with each size's repetitions drawn again with replacement.
    func resampled(using random: inout SeededGenerator) -> FitSeries {
        let drawn = samples.map { values in
            values.indices.map { _ in values[Int(random.next() % UInt64(values.count))] }
        }
        return FitSeries(sizes: sizes, samples: drawn)
    }

    /// The residual sum of squares over every repetition, each weighted by `1 / median²` of its
    /// size, for a model predicting `predicted[i]` seconds at size `i`.
    func sampleResidualSumOfSquares(predicted: [Double]) -> Double {
        var total = 0.0
        for i in sizes.indices {
            let weight = 1 / (medians[i] * medians[i])
            for x in samples[i] {
                total += weight * (x - predicted[i]) * (x - predicted[i])
            }
        }
        return total
    }

    var sampleCount: Int { samples.reduce(0) { $0 + $1.count } }

    /// The typical relative error of a median, from each size's scatter: the root mean square
    /// over sizes of `1.4826·MAD / median · √(π / 2r)` for r repetitions (the standard error of
    /// a median under normal noise).
    var medianRelativeNoise: Double {
        var total = 0.0
        for i in sizes.indices {
            let mad = SampleStatistics(samples[i]).medianAbsoluteDeviation
            let spread = 1.4826 * mad / medians[i]
            total += spread * spread * Double.pi / (2 * Double(samples[i].count))
        }
        return (total / Double(sizes.count)).squareRoot()
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
    func bestFit(medians: [Double], weights: [Double]) -> (exponent: Double, line: WeightedLineFit) {
        var best = (exponent: exponents[0], line: WeightedLineFit(g: powers[0], y: medians, weights: weights))
        for j in exponents.indices.dropFirst() {
            let line = WeightedLineFit(g: powers[j], y: medians, weights: weights)
            if line.residualSumOfSquares < best.line.residualSumOfSquares {
                best = (exponents[j], line)
            }
        }
        return best
    }
}
