import Foundation
import Testing

/// `quiz --bank FILE` asks the questions of a bank only when `quiz lint` finds no error in it.
@Suite struct QuizBankGateTests {
    static func bank(answer: String, options: String) -> String {
        #"{"id": "gate", "title": "Gate", "questions": [{"id": "gate-1", "type": "single", "stem": "Which letter comes first?", "#
            + #""options": \#(options), "answer": "\#(answer)"}]}"#
    }

    static let threeOptions = #"[{"key": "A", "text": "A"}, {"key": "B", "text": "B"}, {"key": "C", "text": "C"}]"#

    func run(_ bank: String) throws -> CLIHarness.Outcome {
        let directory = try CLIHarness.temporaryDirectory()
        try bank.write(to: directory.appendingPathComponent("bank.json"), atomically: true, encoding: .utf8)
        return CLIHarness.run(["quiz", "--bank", "bank.json", "--answers", "A"],
                              environment: ["PIPELINE_STATE_DIR": directory.appendingPathComponent("state").path], directory: directory.path)
    }

    @Test func aBankWithLintErrorsIsRefusedWithTheLintReport() throws {
        // The key is not an option: quiz lint's error, located, with its warnings beside it.
        let outcome = try run(Self.bank(answer: "D", options: #"[{"key": "A", "text": "A"}, {"key": "B", "text": "B"}, {"key": "C", "text": "C"}]"#))
        #expect(outcome.status == 2, "\(outcome.out)\(outcome.err)")
        #expect(outcome.err.contains("bank.json:1:"))
        #expect(outcome.err.contains("not one of its options"))
        #expect(outcome.err.contains("has 1 error (above), so none of its questions is asked"))
        #expect(!outcome.err.contains("2 errors found"), "the closing count is lint's, not one more")
        #expect(outcome.err.contains("pipeline quiz lint bank.json"))
        #expect(!outcome.out.contains("Which letter"), "a question of a refused bank was asked")
    }

    @Test func warningsAloneDoNotStopABank() throws {
        // No rationale, solution or mistakes: warnings only.
        let outcome = try run(Self.bank(answer: "A", options: Self.threeOptions))
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains("Which letter"))
    }
}
