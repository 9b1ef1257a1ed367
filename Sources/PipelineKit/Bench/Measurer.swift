/// Times a workload at each size of a plan, the careful way: calibrated batches, warm-ups
/// discarded, sizes interleaved in a seeded shuffled order, and exact operation counts.
///
/// For each size, in shuffled order: one calibration run, then `warmupRuns` batches, all
/// discarded; the batch is the number of runs that makes a sample last at least
/// `minimumSampleSeconds` of wall time. Measuring then goes in rounds: each round visits, in a
/// freshly shuffled order, every size that still needs samples and takes one batched sample of
/// it, so slow drift of the machine spreads over all sizes instead of biasing one. A sample's
/// time per single run is the batch's time divided by the batch count.
///
/// Every batch is timed on two clocks: wall time and the measuring thread's CPU time. The
/// samples are the `timing` clock's; with `.threadCPU` each point also keeps the wall times of
/// the same batches, so a report can say how much other processes slowed the run. (On a busy
/// machine the scheduler preempts a long batch far more often than a short one, so wall time
/// inflates the large sizes and bends the curve upward; CPU time does not.)
///
/// After the rounds, a size whose repetitions spread far more than the others' (more than
/// `remeasureFactor` times the typical spread, and over 5%) was disturbed by other work on the
/// machine: it is measured once more, and the calmer of the two sets is kept (the point says so).
public struct Measurer: Sendable {
    /// How many times the typical relative spread a size's spread must exceed to be re-measured.
    static let remeasureFactor = 3.0
    let plan: MeasurementPlan
    /// The clock the samples come from (wall time when the thread's CPU time cannot be read).
    public let timing: MeasuredClock
    private let clocks: Clocks

    /// The two clocks a batch is timed on, each in seconds since some fixed origin, never decreasing.
    struct Clocks: Sendable {
        var wall: @Sendable () -> Double
        var threadCPU: @Sendable () -> Double
    }

    /// A measurer timing with `ContinuousClock` and `CLOCK_THREAD_CPUTIME_ID`; `timing` chooses
    /// which of them the samples are (the workload must then run on the calling thread).
    public init(plan: MeasurementPlan, timing: MeasuredClock = .threadCPU) {
        let clock = ContinuousClock()
        let origin = clock.now
        let wall: @Sendable () -> Double = {
            let (seconds, attoseconds) = origin.duration(to: clock.now).components
            return Double(seconds) + Double(attoseconds) * 1e-18
        }
        let available = MeasuredClock.threadCPUSeconds() != nil
        self.init(plan: plan, timing: available ? timing : .wall,
                  clocks: Clocks(wall: wall, threadCPU: { MeasuredClock.threadCPUSeconds() ?? wall() }))
    }

    /// A measurer reading time from `clocks` (tests pass fake clocks).
    init(plan: MeasurementPlan, timing: MeasuredClock, clocks: Clocks) {
        self.plan = plan
        self.timing = timing
        self.clocks = clocks
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
        var samples: [Int: [Double]] = [:], wallSamples: [Int: [Double]] = [:]
        while done < total {
            let pending = sizes.filter { samples[$0, default: []].count < (runs[$0]?.repetitions ?? 0) }
            for n in pending.shuffled(using: &random) {
                guard let size = runs[n] else { continue }
                let time = try size.timeBatch(workload: workload, clocks: clocks)
                samples[n, default: []].append(time.seconds(timing) / Double(size.batch))
                wallSamples[n, default: []].append(time.wall / Double(size.batch))
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
            var fresh: [Double] = [], freshWall: [Double] = []
            for _ in 0..<size.repetitions {
                let time = try size.timeBatch(workload: workload, clocks: clocks)
                fresh.append(time.seconds(timing) / Double(size.batch))
                freshWall.append(time.wall / Double(size.batch))
                done += 1
                progress?(done, extendedTotal)
            }
            firstSpreads[n] = spread
            if Self.relativeSpread(fresh) < spread {
                samples[n] = fresh
                wallSamples[n] = freshWall
            }
        }
        return sizes.map { n in
            BenchPoint(n: n, operations: runs[n]?.operations, samples: samples[n] ?? [],
                       wallSamples: timing == .wall ? nil : wallSamples[n], remeasuredSpread: firstSpreads[n])
        }
    }

    /// The relative spread of `samples`, 0 when there are none.
    static func relativeSpread(_ samples: [Double]) -> Double {
        samples.isEmpty ? 0 : SampleStatistics(samples).relativeSpread
    }

    /// The calibration run and warm-up batches of one size, all discarded.
    private func calibrate(_ n: Int, workload: (Int) throws -> Int) throws -> SizeRuns {
        let start = clocks.wall()
        let operations = try workload(n)
        var size = SizeRuns(n: n, operations: operations, batch: 1, repetitions: plan.repetitions)
        size.calibrate(secondsPerRun: clocks.wall() - start, plan: plan)
        for _ in 0..<plan.warmupRuns {
            let time = try size.timeBatch(workload: workload, clocks: clocks)
            size.calibrate(secondsPerRun: time.wall / Double(size.batch), plan: plan)
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

    /// Runs one batch and returns its seconds on both clocks; checks every run's operation count.
    func timeBatch(workload: (Int) throws -> Int, clocks: Measurer.Clocks) throws -> BatchTime {
        let startWall = clocks.wall(), startCPU = clocks.threadCPU()
        for _ in 0..<batch {
            let count = try workload(n)
            if count != operations {
                throw MeasurementError.operationCountChanged(n: n, first: operations, later: count)
            }
        }
        let cpu = clocks.threadCPU() - startCPU
        return BatchTime(wall: clocks.wall() - startWall, threadCPU: cpu)
    }
}

/// One batch's seconds on both clocks.
private struct BatchTime {
    var wall: Double
    var threadCPU: Double

    func seconds(_ clock: MeasuredClock) -> Double {
        switch clock {
        case .wall: return wall
        case .threadCPU: return threadCPU
        }
    }
}
