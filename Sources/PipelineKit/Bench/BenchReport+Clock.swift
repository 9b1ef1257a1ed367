import Foundation

extension BenchReport {
    /// Wall time above this multiple of CPU time means other processes took the core for a
    /// noticeable share of the measurement.
    static let busyWallToCPURatio = 1.15

    /// Total wall time over total CPU time of every repetition, when the times are the thread's
    /// CPU time and each point kept its wall times; about 1 on a quiet machine, 1.5 when the
    /// measuring thread waited for a core a third of the time.
    var wallToCPURatio: Double? {
        guard clock == .threadCPU else { return nil }
        var wall = 0.0, cpu = 0.0
        for point in points {
            guard let wallSamples = point.wallSamples else { return nil }
            wall += wallSamples.reduce(0, +)
            cpu += point.samples.reduce(0, +)
        }
        return cpu > 0 ? wall / cpu : nil
    }

    /// Whether the wall time was more than `busyWallToCPURatio` times the CPU time.
    var machineWasBusy: Bool {
        (wallToCPURatio ?? 0) > Self.busyWallToCPURatio
    }

    /// What the times are, for the report's first line, for example `Times: CPU time of the
    /// measuring thread per run, which other processes do not inflate (wall time was 1.02× that).`;
    /// `nil` when the clock is unknown (timings from a file).
    var clockSentence: String? {
        switch clock {
        case nil: return nil
        case .wall?: return "Times: wall time per run (a monotonic clock)."
        case .threadCPU?:
            let ratio = wallToCPURatio.map { " (wall time was \(String(format: "%.2f", $0))× that)" } ?? ""
            return "Times: \(MeasuredClock.threadCPU.phrase) per run, which other processes do not inflate\(ratio)."
        }
    }

    /// `The machine was busy: wall time was 1.53× CPU time; the verdict uses CPU time, which other
    /// processes do not inflate.`, or `nil` when it was not.
    var busyMachineSentence: String? {
        guard machineWasBusy, let ratio = wallToCPURatio else { return nil }
        return "The machine was busy: wall time was \(String(format: "%.2f", ratio))× CPU time; "
            + "the verdict uses CPU time, which other processes do not inflate."
    }
}
