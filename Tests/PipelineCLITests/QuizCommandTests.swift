import Foundation
import Testing

@Suite struct QuizCommandTests {
    static let keys = "D,B,A,C,A,A,C,B,A,B,A,B,B,A,D,C,D,A,C,B,D,B,C,A,D,B,C,D,B,A"

    func state() throws -> [String: String] {
        ["PIPELINE_STATE_DIR": try CLIHarness.temporaryDirectory().path]
    }

    @Test func theSeedAnswerKeysScoreFullMarks() throws {
        let outcome = CLIHarness.run(["quiz", "--bank", "parameterized-runs", "--answers", Self.keys, "--format", "json"], environment: try state())
        #expect(outcome.status == 0, "\(outcome.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
        #expect(json["score"] as? Int == 30)
        #expect(json["total"] as? Int == 30)
        let first = try #require((json["questions"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "pr-purpose")
        #expect(first["chosen"] as? [String] == ["D"])
        #expect(first["is_correct"] as? Bool == true)
    }

    @Test func feedbackShowsRationaleSolutionAndMistakes() throws {
        let outcome = CLIHarness.run(["quiz", "--bank", "parameterized-runs", "--count", "1", "--answers", "A"], environment: try state())
        #expect(outcome.out.contains("Not quite: you chose A; the answer is D."))
        #expect(outcome.out.contains("Solution"))
        #expect(outcome.out.contains("Quick check:"))
        #expect(outcome.out.contains("Common mistakes"))
        #expect(outcome.out.contains("Score: 0 of 1"))
    }

    @Test func traceQuestionsShowTheEnginesTable() throws {
        let outcome = CLIHarness.run(["quiz", "--tag", "execution-table", "--answers", "A,C,B"], environment: try state())
        #expect(outcome.out.contains("Execution table (from the engine):"))
        #expect(outcome.out.contains("train.py receives --lr 0.1"))
        #expect(outcome.out.contains("Score: 3 of 3"))
    }

    @Test func withoutATerminalOrAnswersItExplainsAndExits2() throws {
        let outcome = CLIHarness.run(["quiz", "--bank", "complexity"], environment: try state())
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("--answers"))
    }

    @Test func interactiveQuizTakesHintsSkipsAndAnswers() throws {
        let env = try state().merging(["NO_COLOR": "1"]) { $1 }
        let outcome = CLIHarness.run(["quiz", "--bank", "parameterized-runs", "--count", "3"], input: ["h", "d", "", "s", "", "x", "q"], interactive: true, environment: env)
        #expect(outcome.status == 0)
        #expect(outcome.out.contains("Hint:"))
        #expect(outcome.out.contains("✓ Right: D."))
        #expect(outcome.out.contains("Skipped: the answer is B."))
        #expect(outcome.out.contains("'x' is not an option"))
        #expect(outcome.out.contains("— Enter for the next question, q to stop —"))
        #expect(outcome.out.contains("Stopped after 2 of 3 questions: 1 right so far (50%)."))
        #expect(outcome.out.contains("Continue later where you stopped: pipeline quiz --bank parameterized-runs --count 3"))
    }

    @Test func aStoppedQuizResumesWhereItStopped() throws {
        let env = try state().merging(["NO_COLOR": "1"]) { $1 }
        _ = CLIHarness.run(["quiz", "--bank", "parameterized-runs"], input: ["d", "", "a", "", "q"], interactive: true, environment: env)
        let again = CLIHarness.run(["quiz", "--bank", "parameterized-runs"], input: ["", "q"], interactive: true, environment: env)
        #expect(again.out.contains("Continue the parameterized-runs quiz at question 3 of"))
        #expect(again.out.contains("Question 3 of"))
        #expect(!again.out.contains("Question 1 of"))
        let fresh = CLIHarness.run(["quiz", "--bank", "parameterized-runs"], input: ["n", "q"], interactive: true, environment: env)
        #expect(fresh.out.contains("Question 1 of"))
    }

    @Test func reviewAsksOnlyMissedOrDueQuestions() throws {
        let env = try state()
        // One right (box 2: due tomorrow), one wrong (due now), the rest never answered.
        let first = CLIHarness.run(["quiz", "--bank", "parameterized-runs", "--count", "2", "--answers", "D,-"], environment: env)
        #expect(first.status == 0)
        let wrong = CLIHarness.run(["quiz", "--bank", "parameterized-runs", "--count", "2", "--answers", "D,A"], environment: env)
        #expect(wrong.status == 0)
        let review = CLIHarness.run(["quiz", "--review"], input: ["s", "", "q"], interactive: true, environment: env.merging(["NO_COLOR": "1"]) { $1 })
        #expect(review.out.contains("Review: 1 question you missed or that are due again"), "\(review.out)")
        #expect(review.out.contains("Question 1 of 1"))
    }

    @Test func reviewAsksMissedQuestionsFirst() throws {
        let env = try state()
        _ = CLIHarness.run(["quiz", "--bank", "self-service-platform", "--answers", "C,A,A,A,D,C,D,B,A"], environment: env)
        let review = CLIHarness.run(["quiz", "--bank", "self-service-platform", "--review", "--count", "1", "--answers", "B", "--format", "json"], environment: env)
        #expect(review.out.contains("ssp-unlinked-registry"))
        #expect(review.out.contains(#""is_correct": true"#))
    }

    @Test func badAnswersAreRefused() throws {
        let short = CLIHarness.run(["quiz", "--bank", "complexity", "--answers", "A,B"], environment: try state())
        #expect(short.status == 2)
        #expect(short.err.contains("--answers gives 2 answers for 15 questions"))
        #expect(short.err.contains("or add --count 2 to answer only the first 2"))
        let wrong = CLIHarness.run(["quiz", "--bank", "complexity", "--count", "1", "--answers", "Z"], environment: try state())
        #expect(wrong.status == 2)
        #expect(wrong.err.contains("answer 1 'Z' is not an option"))
        #expect(CLIHarness.run(["quiz", "--bank", "nope", "--answers", "A"], environment: try state()).err.contains("no question bank 'nope'"))
    }

    @Test func listShowLintAndGenerate() throws {
        let env = try state()
        #expect(CLIHarness.run(["quiz", "list"], width: 120, environment: env).out.contains("self-service-platform"))
        let show = CLIHarness.run(["quiz", "show", "ssp-registry"], environment: env)
        #expect(show.out.contains("Answer: A"))
        let lint = CLIHarness.run(["quiz", "lint"], environment: env)
        #expect(lint.status == 0, "\(lint.err)")
        let generated = CLIHarness.run(["quiz", "--generate", "3", "--pipeline", "train-lr", "--run", "learning_rate=0.01", "--run", "learning_rate=0.1",
                                        "--answers", "A,A,A", "--format", "json"], environment: env)
        #expect(generated.status == 0, "\(generated.err)")
        #expect(generated.out.contains(#""total": 3"#))
    }

    @Test func lintOfABadFileExits1() throws {
        let directory = try CLIHarness.temporaryDirectory()
        try #"{"id": "x", "title": "X", "questions": [{"id": "a", "type": "single", "stem": "s", "options": [{"key": "A", "text": "a"}], "answer": "B"}]}"#
            .write(to: directory.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let outcome = CLIHarness.run(["quiz", "lint", "bad.json"], directory: directory.path)
        #expect(outcome.status == 1)
        #expect(outcome.err.contains("bad.json:1:"))
        #expect(outcome.err.contains("not one of its options"))
    }

    @Test func lintOfAFolderWithNoBankIsRefusedNotPassed() {
        // The run's own scratch folder is empty.
        let outcome = CLIHarness.run(["quiz", "lint", "."])
        #expect(outcome.status == 2, "\(outcome.out)")
        #expect(outcome.err.contains("no question banks in .") && outcome.err.contains("pipeline course lint ."))
        #expect(!outcome.out.contains("0 errors"), "nothing was checked, so nothing may look clean")
    }

    @Test func resetNeedsConfirmation() throws {
        let env = try state()
        #expect(CLIHarness.run(["quiz", "--reset"], environment: env).status == 2)
        #expect(CLIHarness.run(["quiz", "--reset"], input: ["n"], interactive: true, environment: env).out.contains("Nothing was cleared."))
        #expect(CLIHarness.run(["quiz", "--reset", "--yes"], environment: env).out.contains("Quiz progress cleared."))
    }
}
