import Dispatch
import Foundation

/// Ctrl-C: SIGINT is ignored and a dispatch source on its own queue handles it. While a
/// command waits for input the process restores the terminal and exits 130 at once (every
/// answer is already saved); while a command works it raises the flag it checks between steps.
enum SignalHandling {
    nonisolated(unsafe) private static var source: DispatchSourceSignal?
    private static let queue = DispatchQueue(label: "pipeline.signals")

    static func install(terminal: Terminal) {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
        let interruption = terminal.interruption
        let err = terminal.err
        source.setEventHandler {
            if interruption.isRaised || interruption.exitsImmediately {
                // Show the cursor and reset colours in case a prompt or progress bar changed them.
                err.write(ANSI.reset + ANSI.showCursor + "\ninterrupted\n" + (interruption.exitNote.map { $0 + "\n" } ?? ""))
                interruption.whenExiting?()
                exit(130)
            }
            interruption.raise()
        }
        source.resume()
        Self.source = source
    }
}
