import Foundation
import Testing
@testable import PipelineCLI

/// Runs `pipeline` in-process against buffers, or as the built executable.
struct CLIHarness {
    struct Outcome {
        var status: Int32
        var out: String
        var err: String
        /// The process was killed because it outlived its time limit.
        var timedOut = false
        /// Wall-clock seconds the process took (0 in-process).
        var seconds = 0.0
    }

    /// In-process, with a scripted input stream and chosen terminal facts. `files` (name →
    /// text) are written into the folder the command runs in first.
    static func run(_ arguments: [String], input: [String] = [], interactive: Bool = false, width: Int = 100,
                    environment: [String: String] = [:], directory: String? = nil, files: [String: String] = [:]) -> Outcome {
        // Without a directory the run gets a fresh one, removed when it returns.
        let scratch = directory == nil ? try? temporaryDirectory() : nil
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        let folder = directory ?? scratch?.path ?? FileManager.default.temporaryDirectory.path
        for (name, text) in files {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name)) } catch { Issue.record("cannot write \(name): \(error)") }
        }
        let out = BufferSink(), err = BufferSink()
        let lines = LineQueue(input)
        // Progress (quiz answers, lessons read) never goes to the real home folder from a test.
        var environment = environment
        if environment["PIPELINE_STATE_DIR"] == nil { environment["PIPELINE_STATE_DIR"] = sharedStateDirectory }
        let terminal = Terminal(
            out: out, err: err, readLine: { lines.next() },
            stdinIsTerminal: interactive, stdoutIsTerminal: interactive, stderrIsTerminal: false,
            width: width, environment: environment,
            currentDirectory: folder)
        let status = PipelineCLI.run(arguments: arguments, terminal: terminal)
        return Outcome(status: status, out: out.text, err: err.text)
    }

    /// Where in-process runs that name no state folder keep their progress.
    static let sharedStateDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-tests-state-\(getpid())").path

    /// The built `pipeline` executable, beside the test bundle.
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory = directory.deletingLastPathComponent() }
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("pipeline")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return directory.appendingPathComponent("pipeline")
    }

    /// Runs the executable as a separate process with its own environment and directory.
    static func exec(_ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
                     executable: URL = executable, stdin: String? = nil, timeout: Double = 60) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path]
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        let started = Date()
        try process.run()
        // A hang is a failure, not a stuck test run: kill the process once the time is up.
        let pid = process.processIdentifier
        let killed = Flag()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            if process.isRunning {
                killed.raise()
                kill(pid, SIGKILL)
            }
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a full pipe never blocks the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                       err: String(decoding: errData, as: UTF8.self), timedOut: killed.isRaised,
                       seconds: Date().timeIntervalSince(started))
    }

    /// Waits until `condition` holds, checking every 10 ms, for at most `limit` seconds (a
    /// bound against a hang, not a timing); returns whether it held.
    static func wait(atMost limit: Double = 60, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(limit)
        while !condition() {
            if Date() > deadline { return false }
            usleep(10_000)
        }
        return true
    }

    /// Whether process `pid` has taken over SIGINT (Linux: its ignored or caught signal masks
    /// in /proc), so that Ctrl-C now reaches the tool's own handling rather than ending it at once.
    static func handlesInterrupt(_ pid: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
        let bit = UInt64(1) << (UInt64(SIGINT) - 1)
        return status.split(separator: "\n").contains { line in
            guard line.hasPrefix("SigIgn:") || line.hasPrefix("SigCgt:"),
                  let mask = UInt64(line.dropFirst(7).trimmingCharacters(in: .whitespaces), radix: 16) else { return false }
            return mask & bit != 0
        }
    }

    /// The CPU time process `pid` has used, in clock ticks (Linux: utime + stime in /proc), or 0.
    /// A test that must signal a command in the middle of its work waits for this to grow, since
    /// a signal in the first milliseconds reaches the start-up handling instead.
    static func cpuTicks(_ pid: Int32) -> Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return 0 }
        return user + system
    }

    /// A fresh empty directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Lines handed out one at a time to a scripted terminal.
final class LineQueue: @unchecked Sendable {
    private var lines: [String]
    private let lock = NSLock()

    init(_ lines: [String]) {
        self.lines = lines
    }

    func next() -> String? {
        lock.lock()
        defer { lock.unlock() }
        return lines.isEmpty ? nil : lines.removeFirst()
    }
}

/// A flag raised once from another thread.
final class Flag: @unchecked Sendable {
    private var raised = false
    private let lock = NSLock()

    func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }

    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }
}
