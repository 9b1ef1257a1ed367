import Foundation
import Testing
@testable import PipelineCLI

@Suite struct ReplayPredictTests {
    func stateDirectory() throws -> String { try CLIHarness.temporaryDirectory().path }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aScoreThatCannotBeSavedIsSaidOnceAndExits1() throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The state folder's parent is a file, so nothing can be saved there (even by root).
        try Data().write(to: directory.appendingPathComponent("file"))
        let state = directory.appendingPathComponent("file/state").path
        let outcome = CLIHarness.run(["replay", "--predict", "--answers", "0.01,0.1", "--no-record"], environment: ["PIPELINE_STATE_DIR": state])
        #expect(outcome.status == 1)
        #expect(outcome.err.components(separatedBy: "cannot save practice progress in the state folder \(state)").count == 2, "\(outcome.err)")
        #expect(outcome.out.contains("Not saved: see the error above."))
        #expect(!outcome.out.contains("Saved with your progress"))
    }

    @Test func scriptedAnswersAreJudgedRightWrongAndWithinTolerance() throws {
        let state = try stateDirectory()
        // right, wrong (run 2's value), tolerance (4.11 for 4.1125), skipped, wrong (run 1's value), tolerance miss (0.2 for 0.2175)
        let outcome = CLIHarness.run(["replay", "--predict", "--answers", "0.01,0.1,4.11,-,0.01,0.2", "--format", "json", "--no-record"],
                                     environment: ["PIPELINE_STATE_DIR": state])
        #expect(outcome.status == 0, "\(outcome.err)")
        let report = try json(outcome.out)
        let predictions = try #require(report["predictions"] as? [[String: Any]])
        #expect(predictions.map { $0["result"] as? String } == ["right", "wrong", "right", "skipped", "wrong", "wrong"])
        #expect(predictions.map { $0["step"] as? Int } == [2, 3, 5, 6, 7, 9])
        #expect(predictions[4]["explanation"] as? String
            == "step 7 of 9 belongs to run 2, which was triggered with learning_rate=0.1; every step of a run receives that run's value; 0.01 is run 1's value: each run gets its own values")
        #expect(report["right"] as? Int == 2)
        #expect(report["finished"] as? Bool == true)
        let saved = try String(contentsOfFile: state + "/practice.json", encoding: .utf8)
        #expect(saved.contains("\"right\": 2"))
        let welcome = CLIHarness.run([], width: 200, environment: ["PIPELINE_STATE_DIR": state, "NO_COLOR": "1"])
        #expect(welcome.out.contains("learning_rate=0.1: 2 of 6 right"))
    }

    @Test func textShowsEachRowAndExplainsAWrongGuess() throws {
        let outcome = CLIHarness.run(["replay", "--predict", "--answers", "0.01,0.01,4.1125,0.1,0.01", "--no-record"],
                                     width: 200, environment: ["PIPELINE_STATE_DIR": try stateDirectory(), "NO_COLOR": "1"])
        #expect(outcome.status == 0)
        #expect(outcome.out.contains("learning_rate (Value Passed) = ? 0.01"))
        #expect(outcome.out.contains("✗ you said 0.01, it is 0.1: step 7 of 9 belongs to run 2, which was triggered with learning_rate=0.1"))
        #expect(outcome.out.contains("Step 8 of 9"))
        #expect(!outcome.out.contains("Step 9 of 9"), "no answer left for step 9: it is not shown")
        #expect(outcome.out.contains("You predicted 4 of 5 right; stopped after 5 of 6 predictions."))
    }

    @Test func typedAnswersRepromptSkipAndStopKeepingWhatWasAnswered() throws {
        let state = try stateDirectory()
        let outcome = CLIHarness.run(["replay", "--predict", "--no-record"], input: ["", "0.01", "s", "q"], interactive: true,
                                     environment: ["PIPELINE_STATE_DIR": state, "NO_COLOR": "1"])
        #expect(outcome.status == 0)
        #expect(outcome.out.contains("Type the value you expect (s skips, q stops)"))
        #expect(outcome.out.contains("skipped: learning_rate = 0.01"))
        #expect(outcome.out.contains("You predicted 1 of 2 right (1 skipped); stopped after 2 of 6 predictions."))
        let saved = try String(contentsOfFile: state + "/practice.json", encoding: .utf8)
        #expect(saved.contains("\"answered\": 2"))
        #expect(saved.contains("\"finished\": false"))
    }

    @Test func refusesWhatItCannotUse() throws {
        let env = ["PIPELINE_STATE_DIR": try stateDirectory()]
        let piped = CLIHarness.run(["replay", "--predict", "--no-record"], environment: env)
        #expect(piped.status == 2)
        #expect(piped.err.contains("pass your predictions in order with --answers"))
        let tooMany = CLIHarness.run(["replay", "--predict", "--answers", "1,2,3,4,5,6,7", "--no-record"], environment: env)
        #expect(tooMany.status == 2)
        #expect(tooMany.err.contains("--answers gives 7 predictions, but this replay asks 6"))
        let withoutPredict = CLIHarness.run(["replay", "--answers", "1"], environment: env)
        #expect(withoutPredict.status == 2)
        #expect(withoutPredict.err.contains("add --predict"))
        let html = CLIHarness.run(["replay", "--predict", "--format", "html"], environment: env)
        #expect(html.status == 2)
    }

    /// Ctrl-C at a prompt, in a pseudo-terminal: the process exits 130 and says what it kept,
    /// and the answers given are saved.
    @Test func ctrlCKeepsWhatWasAnswered() throws {
        let state = try stateDirectory()
        let terminal = try PseudoTerminal()
        let process = Process()
        process.executableURL = CLIHarness.executable
        process.arguments = ["replay", "--predict", "--no-record"]
        process.environment = ["PIPELINE_STATE_DIR": state, "NO_COLOR": "1", "PATH": "/usr/bin:/bin", "COLUMNS": "100"]
        process.currentDirectoryURL = URL(fileURLWithPath: state)
        process.standardInput = terminal.child
        process.standardOutput = terminal.child
        process.standardError = terminal.child
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        try terminal.waitFor("= ? ", occurrences: 1)
        terminal.type("0.01\n")
        try terminal.waitFor("= ? ", occurrences: 2)
        terminal.type("0.5\n")
        try terminal.waitFor("= ? ", occurrences: 3)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        try? terminal.waitFor("Kept", occurrences: 1, seconds: 5)
        #expect(process.terminationStatus == 130)
        #expect(terminal.output.contains("Kept 2 predictions (1 right) with your progress."))
        let saved = try String(contentsOfFile: state + "/practice.json", encoding: .utf8)
        #expect(saved.contains("\"answered\": 2"))
        #expect(saved.contains("\"right\": 1"))
    }
}

/// A pseudo-terminal pair: the child side for a process's streams, the parent side to type
/// into it and read what it shows.
final class PseudoTerminal {
    let parent: FileHandle
    let child: FileHandle
    private(set) var output = ""

    init() throws {
        // /dev/ptmx, then unlock the child side and ask its number (TIOCSPTLCK, TIOCGPTN).
        let descriptor = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard descriptor >= 0, ioctl(descriptor, 0x4004_5431, &unlock) == 0, ioctl(descriptor, 0x8004_5430, &number) == 0,
              let child = FileHandle(forUpdatingAtPath: "/dev/pts/\(number)") else {
            throw CocoaError(.fileNoSuchFile)
        }
        parent = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        self.child = child
    }

    func type(_ text: String) {
        parent.write(Data(text.utf8))
    }

    /// Reads until `text` has appeared `occurrences` times (a printed marker, never a timer),
    /// failing after a generous bound if the process stopped printing.
    func waitFor(_ text: String, occurrences: Int, seconds: Int = 60) throws {
        var waited = 0
        while output.components(separatedBy: text).count - 1 < occurrences {
            var poller = pollfd(fd: parent.fileDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 1000) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(parent.fileDescriptor, &buffer, buffer.count)
                if count <= 0 { break }
                output += String(decoding: buffer[..<count], as: UTF8.self)
            } else {
                waited += 1
                if waited >= seconds { break }
            }
        }
        guard output.components(separatedBy: text).count - 1 >= occurrences else {
            throw CocoaError(.fileReadUnknown, userInfo: ["output": output])
        }
    }
}
