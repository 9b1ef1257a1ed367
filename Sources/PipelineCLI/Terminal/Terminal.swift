import Foundation
import PipelineKit

/// The process's streams and surroundings, passed in so every command is testable without a
/// real terminal: where output goes, where answers come from, and what kind of terminal it is.
public struct Terminal: Sendable {
    public var out: any TextSink
    public var err: any TextSink
    /// The next line typed by the user, or `nil` at end of input.
    public var readLine: @Sendable () -> String?
    public var stdinIsTerminal: Bool
    public var stdoutIsTerminal: Bool
    public var stderrIsTerminal: Bool
    /// Columns available for wrapped prose.
    public var width: Int
    /// Whether `width` was measured or given (a terminal, or `COLUMNS`) rather than guessed:
    /// off a terminal with no `COLUMNS`, tables keep their natural width instead of being
    /// squeezed to a guess.
    public var widthIsKnown: Bool
    /// Rows on the screen, when known: a quiz question taller than this shows its table first.
    public var height: Int?
    public var environment: [String: String]
    public var currentDirectory: String
    /// Set by the Ctrl-C handler; commands check it between steps.
    public var interruption: Interruption
    /// The teacher's course given with `--course DIR` or `PIPELINE_COURSE`, read once per command.
    public var course: Course?

    public init(out: any TextSink, err: any TextSink, readLine: @escaping @Sendable () -> String? = { nil },
                stdinIsTerminal: Bool = false, stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false,
                width: Int = 80, widthIsKnown: Bool = true, environment: [String: String] = [:], currentDirectory: String,
                interruption: Interruption = Interruption()) {
        self.out = out
        self.err = err
        self.readLine = readLine
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.width = width
        self.widthIsKnown = widthIsKnown
        self.height = nil
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.interruption = interruption
    }

    /// Columns available for a table: the width when it is known, else room for the table's
    /// natural width (piped output is read by tools and pagers, not by an 80-column screen).
    public var tableWidth: Int { widthIsKnown ? width : 100_000 }

    /// Prompts only when a person is at both ends.
    public var isInteractive: Bool { stdinIsTerminal && stdoutIsTerminal }

    /// The real process: standard streams, `isatty`, `COLUMNS` or the window size.
    public static func process() -> Terminal {
        let environment = ProcessInfo.processInfo.environment
        let stdoutIsTerminal = isatty(1) == 1
        let columnsGiven = environment["COLUMNS"].flatMap { Int($0) }.map { $0 > 0 } ?? false
        var terminal = Terminal(
            out: FileHandleSink(.standardOutput), err: FileHandleSink(.standardError),
            readLine: { Swift.readLine(strippingNewline: true) },
            stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: stdoutIsTerminal, stderrIsTerminal: isatty(2) == 1,
            width: TerminalWidth.resolve(environment: environment, ioctlWidth: TerminalWidth.ioctlWidth(fileDescriptor: 1)),
            widthIsKnown: stdoutIsTerminal || columnsGiven,
            environment: environment, currentDirectory: FileManager.default.currentDirectoryPath)
        terminal.height = stdoutIsTerminal ? TerminalWidth.height(environment: environment, fileDescriptor: 1) : nil
        return terminal
    }

    /// Whether to colour standard output under `--color`.
    public func colorsOut(_ choice: ColorChoice) -> Bool {
        TerminalStyle.colorEnabled(isTerminal: stdoutIsTerminal, environment: environment, override: choice)
    }

    /// Whether to colour standard error under `--color`.
    public func colorsErr(_ choice: ColorChoice) -> Bool {
        TerminalStyle.colorEnabled(isTerminal: stderrIsTerminal, environment: environment, override: choice)
    }
}

/// A flag the Ctrl-C handler raises and long-running commands check.
public final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    private var immediate = true
    private var note: String?
    private var exiting: (@Sendable () -> Void)?

    public init() {}

    /// Work to finish when Ctrl-C ends the process while it waits for input (a quiz writes
    /// its summary and result file); run after the `interrupted` line, before exiting.
    public var whenExiting: (@Sendable () -> Void)? {
        get { lock.withLock { exiting } }
        set { lock.withLock { exiting = newValue } }
    }

    /// A line to print when Ctrl-C ends the process while it waits for input (what was kept).
    public var exitNote: String? {
        get { lock.withLock { note } }
        set { lock.withLock { note = newValue } }
    }

    /// True (the default) while waiting for input: Ctrl-C exits at once. Commands that check
    /// `isRaised` between steps set it to false so they can stop cleanly and keep what finished.
    public var exitsImmediately: Bool {
        get {
            lock.lock()
            defer { lock.unlock() }
            return immediate
        }
        set {
            lock.lock()
            immediate = newValue
            lock.unlock()
        }
    }

    public func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }

    public var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }
}

extension Terminal {
    /// The lessons, banks, pipelines and exercises commands serve: built-in, plus the course.
    var curriculum: Curriculum { Curriculum(course: course) }

    /// A path as the user typed it, made absolute against the current directory.
    func path(_ typed: String) -> String {
        typed.hasPrefix("/") ? typed : currentDirectory + "/" + typed
    }
}
