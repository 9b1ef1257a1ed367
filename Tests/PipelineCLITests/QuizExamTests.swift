import Foundation
import Testing
@testable import PipelineCLI

/// `quiz --exam`: no feedback until the end, an order fixed by the teacher's seed (per student
/// with --per-student), a time limit, an attempts limit, and Ctrl-C that keeps the result.
@Suite struct QuizExamTests {
    static let feedbackMarks = ["✓ Right", "Not quite", "Skipped: the answer", "Solution", "Common mistakes", "Hint:"]

    @Test func scriptedExamHoldsFeedbackBackUntilTheEnd() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        let outcome = CLIHarness.run(["quiz", "--bank", "complexity", "--exam", "--seed", "42", "--count", "4", "--answers", "A,B,-,A",
                                      "--student", "ana", "--result", "ana.json"], environment: environment, directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        let parts = outcome.out.components(separatedBy: "Exam finished.")
        #expect(parts.count == 2, "\(outcome.out)")
        let before = parts[0], after = parts[1]
        #expect(before.contains("No feedback until the end"))
        for mark in Self.feedbackMarks { #expect(!before.contains(mark), "\(mark) before the end") }
        #expect(after.contains("Score: "))
        #expect(after.contains("3. ") && after.contains("skipped; the answer is"))
        let result = try QuizFixtures.object(try String(contentsOf: directory.appendingPathComponent("ana.json"), encoding: .utf8))
        #expect(result["mode"] as? String == "exam")
        #expect(result["seed"] as? Int == 42)
    }

    @Test func anInteractiveExamGivesNoFeedbackOrHintsUntilTheEnd() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        let outcome = CLIHarness.run(["quiz", "--bank", "complexity", "--exam", "--seed", "42", "--count", "3"], input: ["h", "a", "b", "s"],
                                     interactive: true, environment: environment.merging(["NO_COLOR": "1"]) { $1 }, directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        let parts = outcome.out.components(separatedBy: "Exam finished.")
        #expect(parts.count == 2)
        #expect(parts[0].contains("No hints in an exam."))
        #expect(parts[0].contains("Question 3 of 3"))
        for mark in Self.feedbackMarks { #expect(!parts[0].contains(mark), "\(mark) before the end") }
        #expect(!parts[0].contains("Enter for the next question"))
    }

    @Test func theOrderFollowsTheSeedAndPerStudentTheName() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        func order(_ extra: [String]) -> [String] {
            let outcome = CLIHarness.run(["quiz", "--bank", "complexity", "--exam", "--seed", "42", "--count", "6", "--answers", "-,-,-,-,-,-", "--format", "json"] + extra,
                                         environment: environment, directory: directory.path)
            let result = try? QuizFixtures.object(outcome.out)
            return (result?["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        let ana = order(["--per-student", "--student", "ana"])
        #expect(ana.count == 6)
        #expect(ana == order(["--per-student", "--student", "ana"]))
        #expect(ana != order(["--per-student", "--student", "ben"]))
        #expect(order(["--student", "ana"]) == order(["--student", "ben"]))
    }

    @Test func examOptionsAreCheckedBeforeAnythingIsAsked() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        let noSeed = CLIHarness.run(["quiz", "--bank", "complexity", "--exam", "--answers", "A"], environment: environment, directory: directory.path)
        #expect(noSeed.status == 2)
        #expect(noSeed.err.contains("--seed S with --exam"))
        let noExam = CLIHarness.run(["quiz", "--bank", "complexity", "--time", "20m", "--answers", "A"], environment: environment, directory: directory.path)
        #expect(noExam.err.contains("--time sets how an exam runs: add --exam"))
        let badTime = CLIHarness.run(["quiz", "--exam", "--seed", "1", "--time", "soon"], environment: environment, directory: directory.path)
        #expect(badTime.status == 2)
        #expect(badTime.err.contains("20m, 90s, 1h or 1h30m"))
        let nameless = CLIHarness.run(["quiz", "--bank", "complexity", "--exam", "--seed", "1", "--per-student", "--count", "1", "--answers", "A"],
                                      environment: environment, directory: directory.path)
        #expect(nameless.status == 2)
        #expect(nameless.err.contains("add --student NAME, or set PIPELINE_STUDENT"))
    }

    @Test func attemptsAreCountedPerStudent() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        let exam = ["quiz", "--bank", "sweeps", "--exam", "--seed", "5", "--attempts", "2", "--count", "1", "--answers", "A"]
        #expect(CLIHarness.run(exam + ["--student", "ana"], environment: environment, directory: directory.path).status == 0)
        #expect(CLIHarness.run(exam + ["--student", "ana"], environment: environment, directory: directory.path).status == 0)
        let third = CLIHarness.run(exam + ["--student", "ana"], environment: environment, directory: directory.path)
        #expect(third.status == 1)
        #expect(third.err.contains("ana has used 2 of 2 attempts at this exam"))
        #expect(CLIHarness.run(exam + ["--student", "ben"], environment: environment, directory: directory.path).status == 0)
    }

    /// Ctrl-C at a prompt in a pseudo-terminal: exit 130, and the summary and the result file
    /// hold the answer given before it.
    @Test func ctrlCWritesTheSummaryAndTheResult() throws {
        let (directory, process, terminal) = try Self.startExam(["--student", "ana", "--result", "ana.json"])
        defer { if process.isRunning { process.terminate() } }
        try terminal.waitFor("Your answer", occurrences: 1)
        terminal.type("a\n")
        try terminal.waitFor("Your answer", occurrences: 2)
        #expect(CLIHarness.wait { CLIHarness.handlesInterrupt(process.processIdentifier) })
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        try? terminal.waitFor("Result saved", occurrences: 1, seconds: 5)
        #expect(process.terminationStatus == 130)
        #expect(terminal.output.contains("Exam interrupted after 1 of 3 questions."))
        #expect(!terminal.output.components(separatedBy: "Exam interrupted")[0].contains("Not quite"))
        let result = try QuizFixtures.object(try String(contentsOf: directory.appendingPathComponent("ana.json"), encoding: .utf8))
        #expect(result["ended"] as? String == "interrupted")
        let outcomes = (result["questions"] as? [[String: Any]] ?? []).compactMap { $0["outcome"] as? String }
        #expect(outcomes.count == 3 && outcomes[0] != "unanswered" && outcomes[1] == "unanswered")
    }

    /// The time limit ends an exam waiting at a prompt: the summary says so and the result is written.
    @Test func theTimeLimitEndsTheExam() throws {
        let (directory, process, terminal) = try Self.startExam(["--time", "2s", "--result", "r.csv"])
        defer { if process.isRunning { process.terminate() } }
        try terminal.waitFor("Time is up", occurrences: 1)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(terminal.output.contains("Time is up: 0 of 3 questions answered."))
        let csv = try String(contentsOf: directory.appendingPathComponent("r.csv"), encoding: .utf8)
        #expect(csv.contains(",time_up,"))
    }

    @Test func timeLimitsAreRead() {
        let cases: [(String, Int?)] = [("20m", 1200), ("90s", 90), ("1h30m", 5400), ("1h", 3600), ("15", 900), ("0", nil), ("soon", nil), ("5m5m", nil), ("m", nil)]
        for (text, seconds) in cases { #expect(QuizOptions.seconds(text) == seconds, "\(text)") }
    }

    /// Starts the three-question exam of the complexity bank (seed 9), with `options` added, in
    /// a pseudo-terminal in a fresh quiz folder.
    static func startExam(_ options: [String]) throws -> (directory: URL, process: Process, terminal: PseudoTerminal) {
        let (directory, environment) = try QuizFixtures.folder([:])
        let terminal = try PseudoTerminal()
        let process = Process()
        process.executableURL = CLIHarness.executable
        process.arguments = ["quiz", "--bank", "complexity", "--exam", "--seed", "9", "--count", "3"] + options
        process.environment = environment.merging(["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "COLUMNS": "100", "TERM": "dumb"]) { $1 }
        process.currentDirectoryURL = directory
        process.standardInput = terminal.child
        process.standardOutput = terminal.child
        process.standardError = terminal.child
        try process.run()
        return (directory, process, terminal)
    }
}
