import Dispatch
import Foundation

/// An exam's time limit. Between questions the sitting asks `isOver`; while it waits at a
/// prompt (a read that does not return by itself) a timer on its own queue ends the exam:
/// the recorder writes the summary and the result, and the process exits 0.
final class ExamTimer: @unchecked Sendable {
    private let deadline: ContinuousClock.Instant
    private let lock = NSLock()
    private var source: DispatchSourceTimer?
    private static let queue = DispatchQueue(label: "pipeline.exam-timer")

    /// - Parameter prompting: whether answers are typed at a prompt (scripted answers never wait).
    init(seconds: Int, recorder: QuizRecorder, prompting: Bool) {
        deadline = ContinuousClock.now + .seconds(seconds)
        guard prompting else { return }
        let source = DispatchSource.makeTimerSource(queue: Self.queue)
        source.schedule(deadline: .now() + .seconds(seconds))
        source.setEventHandler {
            let end = recorder.finish(.timeUp)
            if end.finished { exit(end.failed ? 1 : 0) }
        }
        source.resume()
        self.source = source
    }

    /// Whether the time limit has passed.
    var isOver: Bool { ContinuousClock.now >= deadline }

    /// Stops the timer (the exam ended first).
    func cancel() {
        lock.withLock {
            source?.cancel()
            source = nil
        }
    }
}
