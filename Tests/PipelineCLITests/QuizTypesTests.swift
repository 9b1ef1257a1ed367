import Foundation
import Testing

/// The question types `multiple`, `numeric` (a value, or read from a trace) and `short`, T/F for
/// true/false, Markdown in stems and options, and their lint.
@Suite struct QuizTypesTests {
    struct Case: Sendable, CustomStringConvertible {
        var answers: String
        var outcomes: [String]
        var description: String { answers }
    }

    static let cases = [
        Case(answers: "A+C,12,0.2175,Grid  SEARCH,T", outcomes: ["right", "right", "right", "right", "right"]),
        Case(answers: "CA,12.0,0.218,sweep,true", outcomes: ["right", "right", "right", "right", "right"]),
        Case(answers: "A,11,0.3,grids,F", outcomes: ["wrong", "wrong", "wrong", "wrong", "wrong"]),
        Case(answers: "A+B+C,13,0.2169,search,false", outcomes: ["wrong", "wrong", "wrong", "wrong", "wrong"]),
        Case(answers: "-,-,-,-,-", outcomes: ["skipped", "skipped", "skipped", "skipped", "skipped"]),
    ]

    @Test(arguments: cases) func eachTypeScoresRightAndWrong(_ given: Case) throws {
        let (directory, environment) = try QuizFixtures.folder(["types.json": QuizFixtures.types])
        let outcome = CLIHarness.run(["quiz", "--bank", "types.json", "--answers", given.answers, "--format", "json"], environment: environment, directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        let result = try QuizFixtures.object(outcome.out)
        let questions = try #require(result["questions"] as? [[String: Any]])
        #expect(questions.compactMap { $0["outcome"] as? String } == given.outcomes)
        #expect(questions[2]["right"] as? [String] == ["0.2175"])
        #expect(questions[2]["tolerance"] as? Double == 0.0005)
    }

    @Test func feedbackNamesTheRightAnswerOfEachType() throws {
        let (directory, environment) = try QuizFixtures.folder(["types.json": QuizFixtures.types])
        let outcome = CLIHarness.run(["quiz", "--bank", "types.json", "--answers", "A,11,0.3,grids,F"], environment: environment, directory: directory.path)
        #expect(outcome.out.contains("✗ Not quite: you chose A; the answer is A and C."))
        #expect(outcome.out.contains("✗ Not quite: you answered 11; the answer is 12."))
        #expect(outcome.out.contains("✗ Not quite: you answered 0.3; the answer is 0.2175 (± 0.0005)."))
        #expect(outcome.out.contains("✗ Not quite: you answered grids; the answer is grid search."))
        #expect(outcome.out.contains("✗ Not quite: you chose B; the answer is A."))
        // Markdown in stems and options is rendered, not shown raw.
        #expect(outcome.out.contains("Which of these does the variable tracker of a train-lr session list?"))
        #expect(outcome.out.contains("A) learning_rate"))
        #expect(!outcome.out.contains("**variable tracker**"))
        #expect(outcome.out.contains("Execution table (from the engine):"))
    }

    @Test func interactiveAnswersOfEachType() throws {
        let (directory, environment) = try QuizFixtures.folder(["types.json": QuizFixtures.types])
        let outcome = CLIHarness.run(["quiz", "--bank", "types.json"],
                                     input: ["a c", "", "twelve", "12", "", "0.2175", "", "sweep", "", "t", ""], interactive: true,
                                     environment: environment.merging(["NO_COLOR": "1", "TERM": "dumb"]) { $1 }, directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains("'twelve' is not a number"))
        #expect(outcome.out.contains("Your answer (A/B or T/F, s skip, h hint, q stop)"))
        #expect(outcome.out.contains("Score: 5 of 5"))
    }

    @Test func badScriptedAnswersNameTheirQuestion() throws {
        let (directory, environment) = try QuizFixtures.folder(["types.json": QuizFixtures.types])
        let outcome = CLIHarness.run(["quiz", "--bank", "types.json", "--answers", "A+C,twelve,1,a,T"], environment: environment, directory: directory.path)
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("answer 2 'twelve' does not answer question 2"))
        #expect(outcome.err.contains("question 2 takes a number"))
    }

    struct LintCase: Sendable, CustomStringConvertible {
        var name: String
        var question: String
        var message: String
        var description: String { name }
    }

    static let options = #""options": [{"key": "A", "text": "one"}, {"key": "B", "text": "two"}, {"key": "C", "text": "three"}]"#

    static let lintCases = [
        LintCase(name: "lower-case answer", question: #"{"id": "l1", "type": "single", "stem": "s", \#(options), "answer": "b"}"#,
                 message: #"keys are capital letters: write "B""#),
        LintCase(name: "gap in keys", question: #"{"id": "l2", "type": "single", "stem": "s", "options": [{"key": "A", "text": "one"}, {"key": "B", "text": "two"}, {"key": "D", "text": "four"}], "answer": "A"}"#,
                 message: "the option keys of question 'l2' are A, B, D: C is missing"),
        LintCase(name: "built-in id", question: #"{"id": "pr-purpose", "type": "single", "stem": "s", \#(options), "answer": "A"}"#,
                 message: "question id 'pr-purpose' is already a built-in question (bank 'parameterized-runs')"),
        LintCase(name: "multiple answer not a list", question: #"{"id": "l3", "type": "multiple", "stem": "s", \#(options), "answer": "A"}"#,
                 message: "the answer of a multiple question is a list of option keys"),
        LintCase(name: "multiple answer outside the options", question: #"{"id": "l4", "type": "multiple", "stem": "s", \#(options), "answer": ["A", "E"]}"#,
                 message: "question 'l4' has answer 'E', which is not one of its options"),
        LintCase(name: "numeric with options", question: #"{"id": "l5", "type": "numeric", "stem": "s", \#(options), "answer": {"value": 1}}"#,
                 message: "question 'l5' is numeric, which is answered by typing, but it has options"),
        LintCase(name: "numeric without a value", question: #"{"id": "l6", "type": "numeric", "stem": "s", "answer": {"tolerance": 1}}"#,
                 message: "a numeric answer needs 'value'"),
        LintCase(name: "negative tolerance", question: #"{"id": "l7", "type": "numeric", "stem": "s", "answer": {"value": 1, "tolerance": -1}}"#,
                 message: "expected a number of 0 or more for 'tolerance', but found the number -1"),
        LintCase(name: "trace output that does not exist", question: #"{"id": "l8", "type": "numeric", "stem": "s", "trace": {"pipeline": "train-lr", "runs": ["learning_rate=0.1"]}, "answer": {"output": "final_loss", "run": 2}}"#,
                 message: "the answer of question 'l8' cannot be read from its trace: its trace has 1 run, not a run 2"),
        LintCase(name: "trace output without a trace", question: #"{"id": "l9", "type": "numeric", "stem": "s", "answer": {"output": "final_loss", "run": 1}}"#,
                 message: "question 'l9' reads 'final_loss' from its trace, but has no \"trace\""),
        LintCase(name: "short without an answer", question: #"{"id": "l10", "type": "short", "stem": "s", "answer": []}"#,
                 message: "the answer of a short question is the accepted answer, or a list of them"),
        LintCase(name: "unknown type", question: #"{"id": "l11", "type": "essay", "stem": "s", "answer": "x"}"#,
                 message: "use single, true_false, multiple, numeric, short"),
    ]

    @Test(arguments: lintCases) func lintChecksEachType(_ lint: LintCase) throws {
        let bank = #"{"id": "lint-demo", "title": "Lint", "questions": [\#(lint.question)]}"#
        let (directory, environment) = try QuizFixtures.folder(["bank.json": bank])
        let outcome = CLIHarness.run(["quiz", "lint", "bank.json"], environment: environment, directory: directory.path)
        #expect(outcome.err.contains(lint.message), "\(outcome.err)")
        #expect(outcome.out.hasPrefix("1 bank, 1 question: ") || outcome.out.hasPrefix("1 bank, 0 questions: "), "\(outcome.out)")
    }

    @Test func theTypesFixtureIsLintClean() throws {
        let (directory, environment) = try QuizFixtures.folder(["types.json": QuizFixtures.types])
        let outcome = CLIHarness.run(["quiz", "lint", "types.json"], environment: environment, directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.hasPrefix("1 bank, 5 questions: 0 errors"))
    }

    /// Generated questions saved as a bank: lint-clean, asked again with --bank, same hash.
    @Test func generatedQuestionsAreSavedAsABank() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        let generate = ["quiz", "--generate", "4", "--pipeline", "train-lr", "--run", "learning_rate=0.01", "--run", "learning_rate=0.1", "--seed", "3"]
        let saved = CLIHarness.run(generate + ["--save", "hw3.json", "--answers", "A,A,A,A", "--format", "json"], environment: environment, directory: directory.path)
        #expect(saved.status == 0, "\(saved.err)")
        let lint = CLIHarness.run(["quiz", "lint", "hw3.json"], environment: environment, directory: directory.path)
        #expect(lint.status == 0, "\(lint.err)")
        #expect(lint.out.hasPrefix("1 bank, 4 questions: 0 errors"), "\(lint.out)")
        let again = CLIHarness.run(["quiz", "--bank", "hw3.json", "--answers", "A,A,A,A", "--format", "json"], environment: environment, directory: directory.path)
        let first = try QuizFixtures.object(saved.out), second = try QuizFixtures.object(again.out)
        #expect((first["banks"] as? [[String: String]]) == (second["banks"] as? [[String: String]]))
        #expect((second["banks"] as? [[String: String]])?.first?["id"] == "hw3")
        #expect(first["score"] as? Int == second["score"] as? Int)
        let refused = CLIHarness.run(generate + ["--save", "hw3.json", "--answers", "A,A,A,A"], environment: environment, directory: directory.path)
        #expect(refused.status == 2)
        #expect(refused.err.contains("hw3.json already exists"))
    }
}
