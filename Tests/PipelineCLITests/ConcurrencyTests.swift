import Foundation
import Testing

/// Many `pipeline` processes at once, and Ctrl-C: no record lost, none half-written.
@Suite struct ConcurrencyTests {
    @Test func twentyConcurrentRunsLeaveTwentyRecords() async throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let env = ["PIPELINE_RUNS_DIR": directory.path]
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for index in 0..<20 {
                group.addTask { try CLIHarness.exec(["run", "three-steps", "--param", "learning_rate=0.0\(index % 9 + 1)"], environment: env).status }
            }
            return try await group.reduce(into: [Int32]()) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 0, count: 20))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.count == 20)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
        for name in names where name.hasSuffix(".json") {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is not valid JSON")
        }
    }

    @Test func ctrlCStopsASweepAndKeepsFinishedRecords() throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = CLIHarness.executable
        process.arguments = ["sweep", "three-steps", "--param", "learning_rate=" + (1...40).map { "0.00\($0)" }.joined(separator: ","),
                             "--param", "epochs=" + (100...120).map(String.init).joined(separator: ",")]
        process.environment = ["PIPELINE_RUNS_DIR": directory.path, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Ctrl-C once the first record is written and the tool handles Ctrl-C itself.
        let recorded = CLIHarness.wait {
            CLIHarness.handlesInterrupt(process.processIdentifier)
                && ((try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.contains { $0.hasSuffix(".json") && !$0.hasPrefix(".") } ?? false)
        }
        #expect(recorded, "no record appeared")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        #expect(!names.isEmpty && names.count < 840, "\(names.count) records")
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is not valid JSON")
        }
    }

    @Test func ctrlCDuringABenchExits130AndSaysWhatFinished() throws {
        let process = Process()
        process.executableURL = CLIHarness.executable
        process.arguments = ["bench"]
        process.environment = ["PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        #expect(CLIHarness.wait { CLIHarness.handlesInterrupt(process.processIdentifier) }, "Ctrl-C was never taken over")
        // Measuring has begun once the process has used a fifth of a second of CPU (start-up
        // takes a few milliseconds; the default plan measures for many seconds).
        #expect(CLIHarness.wait { CLIHarness.cpuTicks(process.processIdentifier) >= 20 }, "the bench never got going")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 130)
        #expect(err.contains("interrupted while measuring"), "\(err)")
    }
}
