/// What to measure: which sizes, how many repetitions, how much warm-up, and the shuffle seed.
public struct MeasurementPlan: Equatable, Sendable {
    /// Fewer measured repetitions than this per size are never taken.
    public static let minimumRepetitions = 5

    /// The sizes to run, in any order (they are visited shuffled and reported ascending).
    var sizes: [Int]
    /// Measured repetitions per size, at least `minimumRepetitions`.
    public var repetitions: Int
    /// When a size's samples are fast, more repetitions are taken, up to this many, until
    /// about `secondsPerSize` is spent on it.
    public var maximumRepetitions: Int
    /// Time budget per size that decides the extra repetitions of fast sizes.
    var secondsPerSize: Double
    /// Batches run and discarded per size before measuring (after one calibration run).
    var warmupRuns: Int
    /// Shortest sample: fast sizes are run several times per sample until it lasts this long.
    var minimumSampleSeconds: Double
    /// Most runs in one batch, so that a no-op workload still finishes.
    var maximumBatch: Int
    /// Seeds the order in which sizes are visited.
    public var seed: UInt64

    /// A plan; `repetitions` below `minimumRepetitions` is raised to it, and
    /// `maximumRepetitions` below `repetitions` is raised to `repetitions`.
    init(
        sizes: [Int], repetitions: Int = 7, maximumRepetitions: Int = 25, secondsPerSize: Double = 0.25,
        warmupRuns: Int = 2, minimumSampleSeconds: Double = 0.001, maximumBatch: Int = 1_000_000,
        seed: UInt64 = 1
    ) {
        self.sizes = sizes
        self.repetitions = max(Self.minimumRepetitions, repetitions)
        self.maximumRepetitions = max(self.repetitions, maximumRepetitions)
        self.secondsPerSize = secondsPerSize
        self.warmupRuns = max(0, warmupRuns)
        self.minimumSampleSeconds = minimumSampleSeconds
        self.maximumBatch = max(1, maximumBatch)
        self.seed = seed
    }

    /// The default: 10, 30, 100, 300, 1000, 3000 (two and a half decades), 7 to 25
    /// repetitions, 2 warm-up batches.
    public static let standard = MeasurementPlan(sizes: [10, 30, 100, 300, 1000, 3000])

    /// `--quick`: 10 to 1000, 7 to 15 repetitions, 1 warm-up batch, a few seconds in all.
    public static let quick = MeasurementPlan(
        sizes: [10, 30, 100, 300, 1000], repetitions: 7, maximumRepetitions: 15, secondsPerSize: 0.12,
        warmupRuns: 1)

    /// The same plan with other sizes (for workloads whose natural range differs).
    public func with(sizes: [Int]) -> MeasurementPlan {
        var plan = self
        plan.sizes = sizes
        return plan
    }

    /// Sizes from `lower` to `upper`, both included, in the 1–3–10 pattern:
    /// `geometricSizes(from: 1, to: 1000)` is 1, 3, 10, 30, 100, 300, 1000.
    static func geometricSizes(from lower: Int, to upper: Int) -> [Int] {
        guard lower > 0, upper >= lower else { return [] }
        var sizes: [Int] = []
        var decade = lower
        while decade <= upper {
            sizes.append(decade)
            if decade * 3 <= upper { sizes.append(decade * 3) }
            guard decade <= Int.max / 10 else { break }
            decade *= 10
        }
        if sizes.last != upper { sizes.append(upper) }
        return sizes
    }
}
