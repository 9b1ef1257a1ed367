import Foundation
import PipelineKit

/// Keeps a sitting's answers as they are given, so that its end (the last answer, q, Ctrl-C,
/// or an exam's time limit, which come from other threads) writes the summary and the result
/// exactly once: the text summary, or the result as JSON or CSV on standard output, and the
/// result file (`--result`).
final class QuizRecorder: @unchecked Sendable {
    struct Setup {
        var banks: [QuizBank]
        var student: String?
        var mode: QuizResult.Mode
        var format: OutputFormat
        /// The result file as typed and as an absolute path.
        var resultFile: (typed: String, path: String)?
        var resume: String?
    }

    private let lock = NSLock()
    private var session: QuizSession
    private var ended = false
    private let setup: Setup
    private let presenter: QuizPresenter
    private let started = Date()

    init(session: QuizSession, setup: Setup, presenter: QuizPresenter) {
        self.session = session
        self.setup = setup
        self.presenter = presenter
    }

    /// Notes the answers so far.
    func update(_ session: QuizSession) {
        lock.withLock { self.session = session }
    }

    /// Writes the end of the sitting, once; false when it was already written. A result file
    /// that cannot be written is reported on standard error and makes `failed` true.
    @discardableResult
    func finish(_ ending: QuizResult.Ending) -> (finished: Bool, failed: Bool) {
        lock.withLock {
            guard !ended else { return (false, false) }
            ended = true
            let result = QuizResult(session: session, banks: setup.banks, student: setup.student,
                                    mode: setup.mode, started: started, finished: Date(), ended: ending, toolVersion: PipelineCLI.version)
            let terminal = presenter.terminal
            switch setup.format {
            case .json: terminal.out.write(result.json().rendered() + "\n")
            case .csv: terminal.out.write(result.csv())
            default:
                terminal.out.write(setup.mode == .exam ? presenter.examSummary(session, ending: ending)
                                                       : presenter.summary(session, resume: ending == .finished ? nil : setup.resume))
            }
            guard let file = setup.resultFile else { return (true, false) }
            let text = file.path.hasSuffix(".csv") ? result.csv() : result.json().rendered() + "\n"
            do {
                try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: file.path))
            } catch {
                terminal.err.write(DiagnosticRenderer().render(Diagnostic(.error, "cannot write the result to \(file.typed): \((error as? StoreError)?.diagnostic.message ?? "\(error)")",
                                                                          hint: "choose a --result file in a folder you can write to")))
                return (true, true)
            }
            if setup.format == .text || setup.format == .markdown { terminal.out.write("Result saved to \(file.typed).\n") }
            return (true, false)
        }
    }
}
