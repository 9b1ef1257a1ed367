import Foundation
@testable import PipelineCLI

/// Runs `pipeline` in-process against buffers, or as the built executable.
struct CLIHarness {
    struct Outcome {
        var status: Int32
        var out: String
        var err: String
    }

    /// In-process, with a scripted input stream and chosen terminal facts.
    static func run(_ arguments: [String], input: [String] = [], interactive: Bool = false, width: Int = 100,
                    environment: [String: String] = [:], directory: String? = nil) -> Outcome {
        let out = BufferSink(), err = BufferSink()
        let lines = LineQueue(input)
        let terminal = Terminal(
            out: out, err: err, readLine: { lines.next() },
            stdinIsTerminal: interactive, stdoutIsTerminal: interactive, stderrIsTerminal: false,
            width: width, environment: environment,
            currentDirectory: directory ?? (try? temporaryDirectory().path) ?? FileManager.default.temporaryDirectory.path)
        let status = PipelineCLI.run(arguments: arguments, terminal: terminal)
        return Outcome(status: status, out: out.text, err: err.text)
    }

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
        try process.run()
        // A hang is a failure, not a stuck test run: kill the process once the time is up.
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            if process.isRunning { kill(pid, SIGKILL) }
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a full pipe never blocks the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                       err: String(decoding: errData, as: UTF8.self))
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
