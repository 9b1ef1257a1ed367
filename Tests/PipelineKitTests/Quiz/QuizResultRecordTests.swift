import Foundation
import Testing
@testable import PipelineKit

/// The result record, the report that merges results, and answers read by question type.
@Suite struct QuizResultRecordTests {
    static let multiple = #"{"id": "m1", "type": "multiple", "stem": "s", "options": [{"key": "A", "text": "a"}, {"key": "B", "text": "b"}, {"key": "C", "text": "c"}], "answer": ["A", "C"]}"#
    static let trueFalse = #"{"id": "t1", "type": "true_false", "stem": "s", "options": [{"key": "A", "text": "True"}, {"key": "B", "text": "False"}], "answer": "B"}"#

    func bank(_ questions: String...) throws -> QuizBank {
        try QuizBankLoader.bank(text: #"{"id": "b", "title": "T", "questions": [\#(questions.joined(separator: ", "))]}"#, file: "b.json")
    }

    @Test func answersAreReadByQuestionType() throws {
        let session = QuizSession(questions: try bank(Self.multiple, Self.trueFalse).questions)
        let multiple = session.items[0], truth = session.items[1]
        for typed in ["A,C", "c a", "A+C", "ac", "3,1"] { #expect(multiple.resolve(typed) == .options(["A", "C"]), "\(typed)") }
        #expect(multiple.resolve("A,D") == nil)
        #expect(multiple.judge(.options(["A"])) == false)
        #expect(multiple.judge(.options(["A", "B", "C"])) == false)
        for (typed, key) in [("T", "A"), ("true", "A"), ("f", "B"), ("FALSE", "B"), ("b", "B"), ("1", "A")] {
            #expect(truth.resolve(typed) == .options([key]), "\(typed)")
        }
    }

    @Test func aResultReadsBackAsWritten() throws {
        let bank = try bank(Self.multiple, Self.trueFalse)
        var session = QuizSession(questions: bank.questions, shuffle: true, seed: 4)
        session.answer(session.items[0].resolve("A"))
        let result = QuizResult(session: session, banks: [bank], student: "ana", mode: .exam, started: Date(), finished: Date(),
                                ended: .interrupted, toolVersion: "9.9")
        let again = try QuizResult.read(Data(result.json().rendered().utf8), file: "r.json")
        #expect(again == result)
        #expect(again.questions[1].outcome == .unanswered)
        #expect(again.questions[0].chosen == [session.items[0].options[0].original])
        #expect(again.banks == [QuizResult.BankStamp(id: "b", hash: bank.hash)])
        #expect(again.seed == 4)
    }

    @Test func theReportRefusesAnotherVersionOfTheBank() throws {
        let first = try bank(Self.multiple), second = try bank(Self.multiple, Self.trueFalse)
        func result(_ bank: QuizBank) -> QuizResult {
            QuizResult(session: QuizSession(questions: bank.questions), banks: [bank], student: nil, mode: .practice, started: Date(), finished: Date(),
                       ended: .stopped, toolVersion: "1")
        }
        #expect(first.hash != second.hash)
        #expect(throws: QuizResultError.self) { try QuizReport([("a.json", result(first)), ("b.json", result(second))]) }
        let report = try QuizReport([("a.json", result(first)), ("b.json", result(first))])
        #expect(report.students == ["a.json", "b.json"])
        #expect(report.rows.first?.unanswered == 2)
        #expect(report.rows.first?.choices.map(\.answer) == ["A", "B", "C"])
    }
}
