import Foundation

extension ComplexityFitter {
    /// The fitter's input: sizes ascending, repeated sizes merged, every value checked.
    static func series(from points: [BenchPoint]) throws(ComplexityFitError) -> FitSeries {
        var samplesBySize: [Int: [Double]] = [:]
        for point in points {
            guard point.n > 0 else { throw .nonPositiveSize(n: point.n) }
            if let bad = point.samples.first(where: { !($0 > 0) || !$0.isFinite }) {
                throw .nonPositiveTime(n: point.n, seconds: bad)
            }
            samplesBySize[point.n, default: []] += point.samples
        }
        guard samplesBySize.count >= 3 else { throw .tooFewSizes(found: samplesBySize.count) }
        let sizes = samplesBySize.keys.sorted()
        return FitSeries(sizes: sizes.map(Double.init), samples: sizes.map { samplesBySize[$0] ?? [] })
    }

    /// The log–log slope of the locations over the upper sizes (`upperIndices`), by least squares.
    static func upperSlope(_ series: FitSeries) -> Double {
        let indices = upperIndices(series.sizes.count)
        let x = indices.map { log(series.sizes[$0]) }, y = indices.map { log(series.locations[$0]) }
        let meanX = x.reduce(0, +) / Double(x.count), meanY = y.reduce(0, +) / Double(y.count)
        let sxx = x.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
        return sxx > 0 ? sxy / sxx : 0
    }

    /// The log–log slope, by least squares, of the times `fit` predicts at `sizes`.
    static func upperSlope(of fit: ClassFit, sizes: [Double]) -> Double {
        let x = sizes.map { log($0) }, y = sizes.map { log(max(fit.predictedSeconds(at: $0), 1e-300)) }
        let meanX = x.reduce(0, +) / Double(max(1, x.count)), meanY = y.reduce(0, +) / Double(max(1, y.count))
        let sxx = x.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
        return sxx > 0 ? sxy / sxx : 0
    }

    /// The upper half of `count` sizes, at least 3 of them (all when there are only 3).
    static func upperIndices(_ count: Int) -> Range<Int> {
        max(0, count - max(3, (count + 1) / 2))..<count
    }

    /// `1 − SS_res / SS_tot` with weights `1/location²`, `SS_tot` around the weighted mean;
    /// 1 for a perfect fit of a constant series, 0 for an imperfect one.
    static func rSquared(_ series: FitSeries, residualSumOfSquares: Double) -> Double {
        let weights = series.weights
        let totalWeight = weights.reduce(0, +)
        let mean = zip(weights, series.locations).map(*).reduce(0, +) / totalWeight
        let total = zip(weights, series.locations).map { $0 * ($1 - mean) * ($1 - mean) }.reduce(0, +)
        guard total > 0 else { return residualSumOfSquares > 0 ? 0 : 1 }
        return 1 - residualSumOfSquares / total
    }

    /// The `O(n)` fit's `a` and `c`, and `c` per operation when operations are proportional to n.
    static func linearCost(_ linear: ClassFit, points: [BenchPoint]) -> LinearCost {
        let perUnit = points.map { point in point.operations.map { Double($0) / Double(point.n) } }
        var perOperation: Double?
        if let first = perUnit.first ?? nil, first > 0,
           perUnit.allSatisfy({ $0.map { abs($0 / first - 1) < 0.01 } ?? false })
        {
            perOperation = linear.coefficient / first
        }
        return LinearCost(setupSeconds: linear.setupSeconds, perUnitSeconds: linear.coefficient,
                          perOperationSeconds: perOperation)
    }

    /// The `p` quantile of ascending `sorted` values, interpolating linearly between ranks.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
