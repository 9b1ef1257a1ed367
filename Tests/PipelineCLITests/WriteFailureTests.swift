import Foundation
import Testing

/// Output that could not be written is a failure: exit 1 with a message, never a silent 0.
@Suite struct WriteFailureTests {
    /// Runs the built executable with standard output sent to `/dev/full` (every write fails
    /// with "No space left on device").
    func runIntoFullDevice(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = CLIHarness.executable
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path].merging(environment) { $1 }
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        process.standardOutput = full
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    @Test(arguments: [["run", "three-steps", "--format", "json", "--no-record"], ["replay", "three-steps", "--format", "html"],
                      ["quiz", "list"], ["help"]])
    func outputToAFullDeviceExits1WithAMessage(_ arguments: [String]) throws {
        let outcome = try runIntoFullDevice(arguments, environment: ["PIPELINE_STATE_DIR": try CLIHarness.temporaryDirectory().path])
        #expect(outcome.status == 1, "\(arguments): \(outcome.err)")
        #expect(outcome.err.contains("the output could not be written: No space left on device"))
    }

    @Test func aChartThatCannotBeWrittenFailsTheCommand() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try Data("n,seconds\n10,0.001\n100,0.01\n1000,0.1\n".utf8).write(to: directory.appendingPathComponent("t.csv"))
        let outcome = CLIHarness.run(["bench", "fit", "t.csv", "--svg", "missing-folder/chart.svg"], directory: directory.path)
        #expect(outcome.status == 1)
        #expect(outcome.err.contains("cannot write the chart to 'missing-folder/chart.svg'"))
    }

    @Test func answersThatCouldNotBeSavedAreNamedAndTheQuizExits1() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try Data().write(to: directory.appendingPathComponent("file"))
        let state = directory.appendingPathComponent("file/state").path
        let outcome = CLIHarness.run(["quiz", "--bank", "parameterized-runs", "--count", "2", "--answers", "D,B"],
                                     environment: ["PIPELINE_STATE_DIR": state])
        #expect(outcome.status == 1)
        #expect(outcome.out.contains("Score: 2 of 2"))
        #expect(outcome.err.contains("cannot save quiz progress in the state folder \(state)"))
        #expect(outcome.err.contains("the answers to questions 1, 2 were not saved"))
        #expect(outcome.err.contains("PIPELINE_STATE_DIR"))
        #expect(!outcome.err.contains("--runs-dir"))
    }
}
