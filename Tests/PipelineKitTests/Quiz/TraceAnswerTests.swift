import Foundation
import Testing
@testable import PipelineKit

/// Trace questions checked against the engine: values compared as the engine reads them, one
/// parameter of a row, a check worked out from the stem, and an answer nobody can check.
@Suite struct TraceAnswerTests {
    /// A question about the three-steps session (learning_rate 0.02, batch_size 16), whose
    /// right option (A) says `answer`.
    static func question(stem: String, answer: String, check: String?) -> String {
        let checkJSON = check.map { #", "check": \#($0)"# } ?? ""
        return #"{"id": "t1", "type": "single", "stem": "\#(stem)", "options": [{"key": "A", "text": "\#(answer)", "rationale": "r"}, {"key": "B", "text": "999", "rationale": "r"}, {"key": "C", "text": "undefined", "rationale": "r"}], "answer": "A", "hint": "h", "solution": {"steps": ["s"], "final_answer": "A", "quick_check": "q"}, "mistakes": ["m"], "trace": {"pipeline": "three-steps", "runs": ["learning_rate=0.02 batch_size=16"]\#(checkJSON)}}"#
    }

    static func lint(stem: String = "Which value?", answer: String, check: String?) -> [Diagnostic] {
        QuizLinter(lessons: [], pipelines: ["three-steps"]).lint([("bank.json", QuizTests.bank(question(stem: stem, answer: answer, check: check)))])
    }

    struct Case: Sendable, CustomStringConvertible {
        var stem = "Which value?"
        var answer: String
        var check: String?
        /// Text of the one error expected; nil when the answer must pass.
        var error: String?
        var description: String { "\(answer) \(check ?? stem)" }
    }

    static let cases: [Case] = [
        // Row 5 (train_model starts) passes learning_rate 0.02, batch_size 16, epochs 10.
        Case(answer: "16", check: #"{"kind": "value_at_row", "row": 5, "parameter": "batch_size"}"#),
        Case(answer: "0.020", check: #"{"kind": "value_at_row", "row": 5, "parameter": "learning_rate"}"#),
        Case(answer: "2e-2", check: #"{"kind": "value_at_row", "row": 5, "parameter": "learning_rate"}"#),
        Case(answer: "0.2", check: #"{"kind": "value_at_row", "row": 5, "parameter": "learning_rate"}"#,
             error: "question 't1' answers '0.2', but row 5 of the engine's execution table passes 0.02"),
        Case(answer: "16.0", check: #"{"kind": "value_at_row", "row": 5, "parameter": "batch_size"}"#,
             error: "answers '16.0', but row 5 of the engine's execution table passes 16"),
        Case(answer: "16", check: #"{"kind": "value_at_row", "row": 5, "parameter": "dropout"}"#,
             error: "names parameter 'dropout', but row 5 passes learning_rate, batch_size, epochs"),
        Case(answer: "0.02, 16, 10", check: #"{"kind": "value_at_row", "row": 5}"#),
        Case(answer: "16", check: #"{"kind": "value_at_row", "row": 5}"#,
             error: "answers '16', but row 5 of the engine's execution table passes 0.02, 16, 10"),
        Case(answer: "16", check: #"{"kind": "value_at_row", "row": 40}"#, error: "points at row 40, past the execution table (9 rows)"),
        Case(answer: "Step 9", check: #"{"kind": "first_completion"}"#),
        // Without a check: the stem says what is asked, so a wrong answer is still caught.
        Case(stem: "Which batch_size value is passed at step 5?", answer: "32", check: nil,
             error: "answers '32', but row 5 of the engine's execution table passes 16 (checked from the stem as the batch_size passed at step 5"),
        Case(stem: "Which batch_size value is passed at step 5?", answer: "16", check: nil),
        Case(stem: "At which step does the pipeline complete for the first time?", answer: "Step 8", check: nil,
             error: "answers 'Step 8', but the engine's execution table says step 9"),
        Case(stem: "At which steps does run 1 receive its values?", answer: "Steps 3 and 4", check: nil,
             error: "but the engine's execution table says steps 3, 4, 5, 6, 7, 8"),
    ]

    @Test(arguments: cases)
    func answersAreComparedAsTheEngineReadsThem(_ test: Case) {
        let errors = Self.lint(stem: test.stem, answer: test.answer, check: test.check).filter { $0.severity == .error }
        if let expected = test.error {
            #expect(errors.contains { $0.message.contains(expected) }, "\(errors.map(\.message))")
        } else {
            #expect(errors.isEmpty, "\(errors.map(\.message))")
        }
    }

    @Test func anAnswerNothingCanCheckIsAWarning() {
        let found = Self.lint(stem: "What does the table tell you?", answer: "16", check: nil)
        #expect(found.contains { $0.severity == .warning && $0.message == "the answer of question 't1' is not checked against the engine: its stem asks nothing lint can work out" })
        #expect(!found.contains { $0.severity == .error })
    }

    @Test func aCheckTakesOnlyItsOwnKeys() {
        let unknown = Self.lint(answer: "16", check: #"{"kind": "value_at_row", "row": 5, "colum": "x"}"#)
        #expect(unknown.contains { $0.message == "unknown key 'colum' in a value_at_row check" })
        let missing = Self.lint(answer: "16", check: #"{"kind": "value_at_row"}"#)
        #expect(missing.contains { $0.message == "a value_at_row check has no 'row'" })
        let zero = Self.lint(answer: "16", check: #"{"kind": "value_at_row", "row": 0}"#)
        #expect(zero.contains { $0.message == "expected a whole number from 1 for 'row', but found the number 0" })
        let kind = Self.lint(answer: "16", check: #"{"kind": "value_at_rows", "row": 5}"#)
        #expect(kind.contains { $0.message == "unknown trace check 'value_at_rows'" && $0.hint?.description.contains("did you mean 'value_at_row'?") == true })
    }

    @Test func aTraceThatCannotRunIsAnError() {
        let text = QuizTests.bank(Self.question(stem: "Which value?", answer: "16", check: nil).replacingOccurrences(of: #""pipeline": "three-steps""#, with: #""pipeline": "missing/p.yaml""#))
        let found = QuizLinter(lessons: [], pipelines: ["three-steps"], currentDirectory: "/nonexistent").lint([("bank.json", text)])
        #expect(found.contains { $0.severity == .error && $0.message.hasPrefix("the trace of question 't1' cannot run:") })
    }
}
