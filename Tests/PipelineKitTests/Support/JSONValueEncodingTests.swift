import Foundation
import Testing
@testable import PipelineKit

@Suite struct JSONValueEncodingTests {
    /// Foundation's encoder, compact, as our stores used it: the bytes we must match.
    static func foundationJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    struct Sample: Encodable {
        var name = "a/b \"q\"\n"
        var missing: String?
        var counts = ["q10": 1, "q2": 2, "B": 3, "a": 4]
        var empty: [Int] = []
        var nothing: [String: Int] = [:]
        var nested = [[1.5, 2], [1e-05]]
        var flag = true
        var big: UInt64 = 7
        var when = Date(timeIntervalSinceReferenceDate: 12.5)
    }

    @Test func writesWhatFoundationsSortedEncoderWrites() throws {
        #expect(try JSONValue(encoding: Sample()).rendered(pretty: false) == Self.foundationJSON(Sample()))
    }

    @Test func aWholeNumberBeyondIntIsRefusedNotRounded() {
        #expect(throws: EncodingError.self) { try JSONValue(encoding: [UInt64.max]) }
    }

    @Test func writesStoredStateAsFoundationDid() throws {
        let record = try RunStoreTests.record()
        #expect(try JSONValue(encoding: record).rendered(pretty: false) == Self.foundationJSON(record))
        var progress = QuizProgress()
        progress.record("pr-purpose", correct: true)
        progress.examAttempts = ["bank@1 ana": 2]
        #expect(try JSONValue(encoding: progress).rendered(pretty: false) == Self.foundationJSON(progress))
        var practice = PracticeProgress()
        practice.record(session: "train-lr", right: 2, answered: 3, total: 6, finished: false)
        practice.exercises["fix-1"] = PracticeProgress.ExerciseRecord()
        #expect(try JSONValue(encoding: practice).rendered(pretty: false) == Self.foundationJSON(practice))
    }

    @Test func aStoredRecordReadsBackTheSame() throws {
        let record = try RunStoreTests.record(secret: "abcdefgh123")
        let text = try JSONValue(encoding: record).rendered()
        #expect(try JSONDecoder().decode(RunRecord.self, from: Data(text.utf8)) == record)
    }
}
