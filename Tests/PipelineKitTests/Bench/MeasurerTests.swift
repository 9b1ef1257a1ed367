import Foundation
import Testing
@testable import PipelineKit

/// A clock that moves only when a fake workload says it ran, so tests never depend on real time.
private final class FakeClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds = 0.0

    func advance(by delta: Double) { lock.withLock { seconds += delta } }
    func read() -> Double { lock.withLock { seconds } }
}

/// Fake seconds per unit of n: about a microsecond, and a power of two, so sums stay exact.
private let unit = 1.0 / 1_048_576
/// About a millisecond, exactly 1024 units.
private let millisecond = 1.0 / 1024

/// A workload that takes `n` units of fake time per run and counts its calls per size.
private final class CountingWorkload {
    let clock: FakeClock
    var calls: [Int: Int] = [:]
    var order: [Int] = []

    init(clock: FakeClock) { self.clock = clock }

    func run(_ n: Int) -> Int {
        calls[n, default: 0] += 1
        if order.last != n { order.append(n) }
        clock.advance(by: Double(n) * unit)
        return 2 * n
    }
}

@Suite struct MeasurerTests {
    /// A measurer whose samples are wall time read from `clock`.
    private func measurer(_ plan: MeasurementPlan, clock: FakeClock) -> Measurer {
        Measurer(plan: plan, timing: .wall, clocks: Measurer.Clocks(wall: { clock.read() }, threadCPU: { clock.read() }))
    }

    private let plan = MeasurementPlan(sizes: [1024, 16, 128], repetitions: 5, maximumRepetitions: 5, warmupRuns: 2,
                                       minimumSampleSeconds: millisecond)

    @Test func everySizeGetsItsRepetitionsAndWarmUpsAreDiscarded() throws {
        let clock = FakeClock()
        let workload = CountingWorkload(clock: clock)
        let points = try measurer(plan, clock: clock).measure(workload: workload.run)
        #expect(points.map(\.n) == [16, 128, 1024])
        #expect(points.map(\.samples.count) == [5, 5, 5])
        #expect(points.map(\.operations) == [32, 256, 2048])
        // One calibration run, 2 warm-up batches and 5 measured batches; batches of
        // 64, 8 and 1 runs make each sample last a millisecond.
        #expect(workload.calls == [16: 1 + 7 * 64, 128: 1 + 7 * 8, 1024: 1 + 7 * 1])
    }

    @Test func aSizeDisturbedWhileMeasuredIsMeasuredAgain() throws {
        let clock = FakeClock()
        var calls = 0
        // n = 128 runs in batches of 8: its calibration, 2 warm-up and 5 measured batches take
        // 57 runs, during which its measured batches are slowed 1×, 1.6×, 2.2×, 1.3× and 2.8×;
        // after that it is calm.
        let points = try measurer(plan, clock: clock).measure { n in
            var seconds = Double(n) * unit
            if n == 128 {
                calls += 1
                if calls > 17, calls <= 57 { seconds *= [1, 1.6, 2.2, 1.3, 2.8][(calls - 18) / 8] }
            }
            clock.advance(by: seconds)
            return 2 * n
        }
        #expect(points.map { $0.remeasuredSpread != nil } == [false, true, false])
        #expect(points[1].samples == Array(repeating: 128 * unit, count: 5))
        #expect(try #require(points[1].remeasuredSpread) > 0.5)
    }

    @Test func batchedSamplesAreTimePerSingleRun() throws {
        let clock = FakeClock()
        let points = try measurer(plan, clock: clock).measure(workload: CountingWorkload(clock: clock).run)
        for point in points {
            for sample in point.samples {
                #expect(sample == Double(point.n) * unit)
            }
        }
    }

    @Test func reportsProgressInMeasuredSamples() throws {
        let clock = FakeClock()
        var reports: [(Int, Int)] = []
        _ = try measurer(plan, clock: clock).measure(progress: { reports.append(($0, $1)) },
                                                     workload: CountingWorkload(clock: clock).run)
        #expect(reports.map(\.0) == Array(0...15))
        #expect(reports.allSatisfy { $0.1 == 15 })
    }

    @Test func visitsSizesInASeededShuffledOrder() throws {
        func order(seed: UInt64) throws -> [Int] {
            var seeded = plan
            seeded.seed = seed
            seeded.sizes = [1, 2, 3, 4, 5, 6, 7, 8]
            seeded.minimumSampleSeconds = 0
            let clock = FakeClock()
            let workload = CountingWorkload(clock: clock)
            _ = try measurer(seeded, clock: clock).measure(workload: workload.run)
            return workload.order
        }
        let first = try order(seed: 7)
        #expect(try order(seed: 7) == first)
        #expect(try order(seed: 8) != first)
        #expect(Array(first.prefix(8)) != [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(Set(first.prefix(8)) == Set(1...8))
    }

    @Test func fastSizesGetMoreRepetitionsWithinTheBudget() throws {
        let plan = MeasurementPlan(sizes: [16, 1024], repetitions: 5, maximumRepetitions: 12,
                                   secondsPerSize: 10 * millisecond, warmupRuns: 1, minimumSampleSeconds: millisecond)
        let clock = FakeClock()
        let points = try measurer(plan, clock: clock).measure(workload: CountingWorkload(clock: clock).run)
        // Both sizes have millisecond samples, so 10 of them fit in the budget.
        #expect(points.map(\.samples.count) == [10, 10])
        var tight = plan
        tight.secondsPerSize = 1
        let capped = try measurer(tight, clock: clock).measure(workload: CountingWorkload(clock: clock).run)
        #expect(capped.map(\.samples.count) == [12, 12])
    }

    @Test func cpuTimedSamplesKeepTheWallTimesBesideThem() throws {
        let wall = FakeClock(), cpu = FakeClock()
        // A busy machine: every run of the largest size waits for a core half as long again
        // as it runs (the scheduler preempts long batches); the thread's CPU time is n units.
        let points = try Measurer(plan: plan, timing: .threadCPU, clocks: Measurer.Clocks(
            wall: { wall.read() + cpu.read() }, threadCPU: { cpu.read() })
        ).measure { n in
            cpu.advance(by: Double(n) * unit)
            if n == 1024 { wall.advance(by: Double(n) * unit / 2) }
            return n
        }
        #expect(points.map(\.samples) == points.map { Array(repeating: Double($0.n) * unit, count: 5) })
        #expect(points.map(\.wallMedianSeconds) == [16 * unit, 128 * unit, 1536 * unit])
        let fit = try ComplexityFitter(resamples: 50).fit(points)
        let report = BenchReport(workload: "steps", noun: "steps", points: points, fit: fit, clock: .threadCPU)
        #expect(try #require(report.wallToCPURatio) > 1.4)
        #expect(report.machineWasBusy)
        #expect(report.busyMachineSentence?.hasPrefix("The machine was busy: wall time was 1.4") == true)
    }

    @Test func wallTimedSamplesKeepNoSecondSet() throws {
        let clock = FakeClock()
        let points = try measurer(plan, clock: clock).measure(workload: CountingWorkload(clock: clock).run)
        #expect(points.allSatisfy { $0.wallSamples == nil })
    }

    @Test func neverTakesFewerThanFiveRepetitions() {
        #expect(MeasurementPlan(sizes: [1], repetitions: 2).repetitions == 5)
        #expect(MeasurementPlan.quick.repetitions >= 5 && MeasurementPlan.standard.repetitions >= 5)
    }

    @Test func presetsSpanAtLeastTwoDecades() {
        for plan in [MeasurementPlan.standard, MeasurementPlan.quick] {
            let sizes = plan.sizes.sorted()
            #expect(Double(sizes.last ?? 0) / Double(sizes.first ?? 1) >= 100)
        }
    }

    @Test func changingOperationCountIsAnError() {
        let clock = FakeClock()
        var calls = 0
        #expect(throws: MeasurementError.operationCountChanged(n: 10, first: 10, later: 11)) {
            try measurer(MeasurementPlan(sizes: [10]), clock: clock).measure { n in
                calls += 1
                clock.advance(by: millisecond)
                return calls < 3 ? n : n + 1
            }
        }
    }

    @Test func workloadErrorsStopTheMeasurement() {
        struct Interrupted: Error {}
        let clock = FakeClock()
        #expect(throws: Interrupted.self) {
            try measurer(plan, clock: clock).measure { _ in throw Interrupted() }
        }
    }

    @Test func rejectsAnEmptyOrNonPositivePlan() {
        let clock = FakeClock()
        #expect(throws: MeasurementError.noSizes) {
            try measurer(MeasurementPlan(sizes: []), clock: clock).measure { $0 }
        }
        #expect(throws: MeasurementError.nonPositiveSize(n: 0)) {
            try measurer(MeasurementPlan(sizes: [0, 10]), clock: clock).measure { $0 }
        }
    }

    @Test func geometricSizesFollowOneThreeTen() {
        #expect(MeasurementPlan.geometricSizes(from: 1, to: 1000) == [1, 3, 10, 30, 100, 300, 1000])
        #expect(MeasurementPlan.geometricSizes(from: 10, to: 5000) == [10, 30, 100, 300, 1000, 3000, 5000])
    }
}
