/// Times a workload at each size of a plan, the careful way: calibrated batches, warm-ups
/// discarded, sizes interleaved in a seeded shuffled order, and exact operation counts.
///
/// For each size, in shuffled order: one calibration run, then `warmupRuns` batches, all
/// discarded; the batch is the number of runs that makes a sample last at least
/// `minimumSampleSeconds`. Measuring then goes in rounds: each round visits, in a freshly
/// shuffled order, every size that still needs samples and takes one batched sample of it, so
/// slow drift of the machine spreads over all sizes instead of biasing one. A sample's time per
/// single run is the batch's time divided by the batch count.
///
/// After the rounds, a size whose repetitions spread far more than the others' (more than
/// `remeasureFactor` times the typical spread, and over 5%) was disturbed by other work on the
/// machine: it is measured once more, and the calmer of the two sets is kept (the point says so).
public struct Measurer: Sendable {
    /// How many times the typical relative spread a size's spread must exceed to be re-measured.
    public static let remeasureFactor = 3.0
    public let plan: MeasurementPlan
    /// Seconds since some fixed origin, never decreasing.
    private let elapsedSeconds: @Sendable () -> Double

    /// A measurer timing with `ContinuousClock`.
    public init(plan: MeasurementPlan) {
        let clock = ContinuousClock()
        let origin = clock.now
        self.init(plan: plan) {
            let (seconds, attoseconds) = origin.duration(to: clock.now).components
            return Double(seconds) + Double(attoseconds) * 1e-18
        }
    }

    /// A measurer reading time from `elapsedSeconds` (tests pass a fake clock).
    init(plan: MeasurementPlan, elapsedSeconds: @escaping @Sendable () -> Double) {
        self.plan = plan
        self.elapsedSeconds = elapsedSeconds
    }

    /// Runs `workload` at every size of the plan and returns one point per size, ascending.
    ///
    /// - Parameters:
    ///   - progress: called with `(done, total)` measured samples, first as `(0, total)` once
    ///     calibration and warm-up are over, then after every sample.
    ///   - workload: runs the workload once at size `n` and returns the exact number of
    ///     operations it performed; it may throw to stop the measurement (for example on Ctrl-C).
    /// - Throws: `MeasurementError` for a bad plan or a changing operation count, or what
    ///   `workload` throws.
    /// - Complexity: O(Σ batch·repetitions) workload runs, plus calibration and warm-up.
    public func measure(
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil,
        workload: (_ n: Int) throws -> Int
    ) throws -> [BenchPoint] {
        let sizes = Array(Set(plan.sizes)).sorted()
        guard !sizes.isEmpty else { throw MeasurementError.noSizes }
        if let bad = sizes.first(where: { $0 <= 0 }) { throw MeasurementError.nonPositiveSize(n: bad) }
        var random = SeededGenerator(seed: plan.seed)
        var runs: [Int: SizeRuns] = [:]
        for n in sizes.shuffled(using: &random) {
            runs[n] = try calibrate(n, workload: workload)
        }
        let total = runs.values.reduce(0) { $0 + $1.repetitions }
        var done = 0
        progress?(done, total)
        var samples: [Int: [Double]] = [:]
        while done < total {
            let pending = sizes.filter { samples[$0, default: []].count < (runs[$0]?.repetitions ?? 0) }
            for n in pending.shuffled(using: &random) {
                guard let size = runs[n] else { continue }
                let seconds = try size.timeBatch(workload: workload, clock: elapsedSeconds)
                samples[n, default: []].append(seconds / Double(size.batch))
                done += 1
                progress?(done, total)
            }
        }
        var firstSpreads: [Int: Double] = [:]
        let spreads = sizes.map { Self.relativeSpread(samples[$0] ?? []) }
        let typical = SampleStatistics.median(of: spreads)
        let disturbed = zip(sizes, spreads).filter { $0.1 > max(0.05, Self.remeasureFactor * typical) }
        let extendedTotal = total + disturbed.reduce(0) { $0 + (runs[$1.0]?.repetitions ?? 0) }
        for (n, spread) in disturbed {
            guard let size = runs[n] else { continue }
            var fresh: [Double] = []
            for _ in 0..<size.repetitions {
                fresh.append(try size.timeBatch(workload: workload, clock: elapsedSeconds) / Double(size.batch))
                done += 1
                progress?(done, extendedTotal)
            }
            firstSpreads[n] = spread
            if Self.relativeSpread(fresh) < spread { samples[n] = fresh }
        }
        return sizes.map { n in
            BenchPoint(n: n, operations: runs[n]?.operations, samples: samples[n] ?? [], remeasuredSpread: firstSpreads[n])
        }
    }

    /// The relative spread of `samples`, 0 when there are none.
    static func relativeSpread(_ samples: [Double]) -> Double {
        samples.isEmpty ? 0 : SampleStatistics(samples).relativeSpread
    }

    /// The calibration run and warm-up batches of one size, all discarded.
    private func calibrate(_ n: Int, workload: (Int) throws -> Int) throws -> SizeRuns {
        let start = elapsedSeconds()
        let operations = try workload(n)
        var size = SizeRuns(n: n, operations: operations, batch: 1, repetitions: plan.repetitions)
        size.calibrate(secondsPerRun: elapsedSeconds() - start, plan: plan)
        for _ in 0..<plan.warmupRuns {
            let seconds = try size.timeBatch(workload: workload, clock: elapsedSeconds)
            size.calibrate(secondsPerRun: seconds / Double(size.batch), plan: plan)
        }
        return size
    }
}

/// What the measurer knows about one size: its exact operation count, batch and repetitions.
private struct SizeRuns {
    let n: Int
    let operations: Int
    var batch: Int
    var repetitions: Int

    /// Sets the batch so a sample lasts `minimumSampleSeconds`, and the repetitions so that the
    /// size takes about `secondsPerSize`, within the plan's bounds.
    mutating func calibrate(secondsPerRun: Double, plan: MeasurementPlan) {
        let perRun = max(secondsPerRun, 0)
        let wanted = perRun > 0 ? (plan.minimumSampleSeconds / perRun).rounded(.up) : Double(plan.maximumBatch)
        batch = Int(min(max(wanted, 1), Double(plan.maximumBatch)))
        let perSample = perRun * Double(batch)
        let affordable = perSample > 0 ? (plan.secondsPerSize / perSample).rounded(.down) : Double(plan.maximumRepetitions)
        repetitions = Int(min(max(affordable, Double(plan.repetitions)), Double(plan.maximumRepetitions)))
    }

    /// Runs one batch and returns its seconds; checks every run's operation count.
    func timeBatch(workload: (Int) throws -> Int, clock: () -> Double) throws -> Double {
        let start = clock()
        for _ in 0..<batch {
            let count = try workload(n)
            if count != operations {
                throw MeasurementError.operationCountChanged(n: n, first: operations, later: count)
            }
        }
        return clock() - start
    }
}
