/// The measurements of one workload at one size: the exact operation count and the seconds
/// each repetition took for a single run.
public struct BenchPoint: Equatable, Sendable {
    /// The size the workload ran at (steps, models, parameters, …).
    public let n: Int
    /// The exact number of operations one run performed (for example step executions), or
    /// `nil` when unknown (timings read from a user's file).
    public let operations: Int?
    /// Seconds per single run, one per repetition, in the order they were taken, on the clock
    /// the measurement chose (see `MeasuredClock`; for a user's file, whatever the file holds).
    let samples: [Double]
    /// When `samples` are CPU time, the wall seconds per run of the same repetitions, in the
    /// same order; `nil` otherwise.
    let wallSamples: [Double]?
    /// Median, extremes, MAD and outlier flags of `samples`.
    public let statistics: SampleStatistics
    /// When the size was measured twice because its first repetitions spread far more than the
    /// other sizes', that first spread (`1.4826·MAD / median`); `nil` when measured once.
    let remeasuredSpread: Double?

    /// A point from its samples, which must not be empty.
    init(n: Int, operations: Int?, samples: [Double], wallSamples: [Double]? = nil, remeasuredSpread: Double? = nil) {
        self.n = n
        self.operations = operations
        self.samples = samples
        self.wallSamples = wallSamples
        self.remeasuredSpread = remeasuredSpread
        statistics = SampleStatistics(samples)
    }

    /// The median seconds per run.
    public var medianSeconds: Double { statistics.median }

    /// The median of `wallSamples`, when there are any.
    var wallMedianSeconds: Double? {
        guard let wallSamples, !wallSamples.isEmpty else { return nil }
        return SampleStatistics.median(of: wallSamples)
    }

    /// The median seconds per operation, or per unit of `n` when the operation count is unknown.
    var secondsPerOperation: Double {
        medianSeconds / Double(max(1, operations ?? n))
    }

    /// The samples flagged as outliers (kept, never dropped), in sample order.
    var outliers: [Double] {
        zip(samples, statistics.outlierFlags).filter(\.1).map(\.0)
    }
}
