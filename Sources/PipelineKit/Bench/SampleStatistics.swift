/// Robust summary of repeated timings of one size: median, extremes, spread and outliers.
///
/// Outliers are flagged, never dropped: a sample is an outlier when
/// `|x − median| / MAD > 15`, where MAD is the median absolute deviation (unscaled).
/// When MAD is 0 (more than half the samples are equal), that ratio is infinite for every
/// sample that differs from the median, so exactly those samples are flagged.
public struct SampleStatistics: Equatable, Sendable {
    /// How far from the median, in MADs, a sample must lie to be flagged.
    static let outlierThreshold = 15.0

    let median: Double
    let minimum: Double
    let maximum: Double
    let mean: Double
    /// The median of `|x − median|`, unscaled (multiply by 1.4826 to compare with a standard deviation).
    public let medianAbsoluteDeviation: Double
    /// One flag per sample, in sample order: `true` when that sample is an outlier.
    let outlierFlags: [Bool]

    /// Summarizes `samples`, which must not be empty.
    ///
    /// - Complexity: O(s log s) for s samples.
    init(_ samples: [Double]) {
        precondition(!samples.isEmpty, "SampleStatistics needs at least one sample")
        let median = Self.median(of: samples)
        let deviations = samples.map { abs($0 - median) }
        let mad = Self.median(of: deviations)
        self.median = median
        minimum = samples.min() ?? median
        maximum = samples.max() ?? median
        mean = samples.reduce(0, +) / Double(samples.count)
        medianAbsoluteDeviation = mad
        outlierFlags = deviations.map { deviation in
            mad > 0 ? deviation / mad > Self.outlierThreshold : deviation > 0
        }
    }

    /// `1.4826·MAD / median`: the spread of the samples relative to their median, a standard
    /// deviation under normal noise (0.05 is 5%); 0 when the median is not positive.
    var relativeSpread: Double {
        median > 0 ? 1.4826 * medianAbsoluteDeviation / median : 0
    }

    /// The number of flagged samples.
    var outlierCount: Int { outlierFlags.filter { $0 }.count }

    /// The median of `values`: the middle value, or the mean of the two middle values for an
    /// even count. `values` must not be empty.
    ///
    /// - Complexity: O(s log s).
    static func median(of values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return (sorted[middle - 1] + sorted[middle]) / 2
    }
}
