#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which clock a benchmark's times come from, and so what its verdict is fitted on.
public enum MeasuredClock: String, Codable, Sendable {
    /// The CPU time of the thread that runs the workload (`CLOCK_THREAD_CPUTIME_ID`): only the
    /// time that thread spent running, so other processes on a busy machine do not inflate it.
    /// Right for a workload that runs on one thread.
    case threadCPU = "thread-cpu"
    /// Wall time from a monotonic clock: what a person waits, including any time other
    /// processes took the core. Right for speed-ups across threads (`bench parallel`).
    case wall

    /// `CPU time of the measuring thread`, `wall time`: what the times are, for sentences.
    var phrase: String {
        switch self {
        case .threadCPU: return "CPU time of the measuring thread"
        case .wall: return "wall time"
        }
    }

    /// The calling thread's CPU seconds so far, or `nil` where the platform cannot tell.
    static func threadCPUSeconds() -> Double? {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return nil }
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
