import Foundation
import Testing
@testable import PipelineKit

/// `Testing` has a `SourceLocation` too.
fileprivate typealias Location = PipelineKit.SourceLocation

/// Reads a fixture from `Fixtures/Bench`.
private func fixture(_ name: String) throws -> (text: String, path: String) {
    let url = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/Bench/\(name)"))
    return (try String(contentsOf: url, encoding: .utf8), url.path)
}

@Suite struct TimingFileParserTests {
    @Test func readsCSVWithCommentsExtraColumnsAndRepeatedSizes() throws {
        let file = try TimingFileParser.load(path: fixture("timings.csv").path)
        #expect(file.format == .csv)
        #expect(file.parameterName == "n")
        #expect(file.points.map(\.n) == [10, 100, 1000])
        #expect(file.points[0].samples == [0.0011, 0.0010, 0.0012])
        #expect(file.points.allSatisfy { $0.operations == nil })
    }

    @Test func readsQuotedFieldsCarriageReturnsAndAnOperationsColumn() throws {
        let text = "Seconds,\"note, with comma\",N,operations\r\n0.5,\"say \"\"hi\"\"\",1,4\r\n1,x,2,8\r\n2,,4,\r\n"
        let file = try TimingFileParser.parse(text, file: "t.csv")
        #expect(file.points.map(\.n) == [1, 2, 4])
        #expect(file.points.map(\.operations) == [4, 8, nil])
        #expect(file.points.map(\.samples) == [[0.5], [1], [2]])
    }

    @Test func pointsAtTheBadFieldOfABadRow() throws {
        let bad = try fixture("bad-seconds.csv")
        #expect(throws: TimingFileError(.invalidSeconds(text: "12ms"), at: Location(file: bad.path, line: 5, column: 6))) {
            try TimingFileParser.parse(bad.text, file: bad.path)
        }
        let diagnostic = TimingFileError(.invalidSeconds(text: "12ms"), at: Location(file: "t.csv", line: 5, column: 6)).diagnostic
        #expect(diagnostic.description == "t.csv:5:6: error: '12ms' is not a time: seconds must be a finite number of at least 1e-9 (1 ns)")
        #expect(diagnostic.hint == "write the time in seconds as a plain number without a unit, such as 0.0123")
    }

    struct BadCSV: Sendable, CustomStringConvertible {
        var text: String
        var error: TimingFileError
        var description: String { text }
    }

    fileprivate static func at(_ line: Int, _ column: Int) -> Location { Location(file: "t.csv", line: line, column: column) }

    @Test(arguments: [
        BadCSV(text: "# no seconds\nn,time\n1,2\n", error: TimingFileError(.missingColumn(name: "seconds", header: ["n", "time"]), at: at(2, 1))),
        BadCSV(text: "10,0.5\n", error: TimingFileError(.missingColumn(name: "n", header: ["10", "0.5"]), at: at(1, 1))),
        BadCSV(text: "n,seconds\n10,0.5,extra\n", error: TimingFileError(.wrongFieldCount(expected: 2, found: 3), at: at(2, 8))),
        BadCSV(text: "n,seconds\n10\n", error: TimingFileError(.wrongFieldCount(expected: 2, found: 1), at: at(2, 1))),
        BadCSV(text: "n,seconds\n-3,0.5\n", error: TimingFileError(.invalidSize(text: "-3"), at: at(2, 1))),
        BadCSV(text: "n,seconds\n2.5,0.5\n", error: TimingFileError(.invalidSize(text: "2.5"), at: at(2, 1))),
        BadCSV(text: "n,seconds\n10,0\n", error: TimingFileError(.invalidSeconds(text: "0"), at: at(2, 4))),
        BadCSV(text: "n,seconds,operations\n10,1,many\n", error: TimingFileError(.invalidOperations(text: "many"), at: at(2, 6))),
        BadCSV(text: "n,seconds\n10,\"0.5\n", error: TimingFileError(.unterminatedQuote, at: at(2, 4))),
        BadCSV(text: "n,seconds\n", error: TimingFileError(.noTimings, at: .start(of: "t.csv"))),
        BadCSV(text: "n,seconds\n1,1\n2,2\n2,2\n", error: TimingFileError(.tooFewSizes(found: 2), at: .start(of: "t.csv"))),
    ])
    func rejectsBadCSV(bad: BadCSV) {
        #expect(throws: bad.error) { try TimingFileParser.parse(bad.text, file: "t.csv") }
    }

    @Test func readsAHyperfineExportWithAnyParameterName() throws {
        let file = try TimingFileParser.load(path: fixture("hyperfine.json").path)
        #expect(file.format == .hyperfine)
        #expect(file.parameterName == "steps")
        #expect(file.points.map(\.n) == [10, 100, 1000])
        #expect(file.points[2].samples == [0.2077, 0.2098, 0.2131, 0.2089, 0.2110])
    }

    @Test func rejectsHyperfineResultsWithTwoParameters() throws {
        let bad = try fixture("hyperfine-two-parameters.json")
        #expect(throws: TimingFileError(.parameterCount(names: ["lr", "steps"]), at: Location(file: "h.json", line: 11, column: 7))) {
            try TimingFileParser.parse(bad.text, file: "h.json")
        }
    }

    @Test func locatesHyperfineShapeErrors() {
        let noParameter = "{\"results\": [\n  {\"command\": \"a\", \"times\": [1]}\n]}"
        #expect(throws: TimingFileError(.parameterCount(names: []), at: Location(file: "h.json", line: 2, column: 4))) {
            try TimingFileParser.parse(noParameter, file: "h.json")
        }
        let badTime = "{\"results\": [\n  {\"command\": \"a\",\n   \"times\": [1, -2], \"parameters\": {\"n\": \"5\"}}\n]}"
        #expect(throws: TimingFileError(.invalidSeconds(text: "-2"), at: Location(file: "h.json", line: 3, column: 17))) {
            try TimingFileParser.parse(badTime, file: "h.json")
        }
        #expect(throws: TimingFileError(.notHyperfineExport(reason: "it has no \"results\" list"), at: Location(file: "h.json", line: 1, column: 1))) {
            try TimingFileParser.parse("{\"runs\": []}", file: "h.json")
        }
    }

    @Test func locatesJSONSyntaxErrorsAtTheirCharacter() {
        #expect {
            try TimingFileParser.parse("{\n  \"results\": [\n", file: "h.json")
        } throws: { error in
            guard let error = error as? TimingFileError, case .invalidJSON = error.kind else { return false }
            return error.location == Location(file: "h.json", line: 3, column: 1)
        }
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: TimingFileError(.unreadable(path: "/nonexistent/t.csv", reason: "no such file"), at: nil)) {
            try TimingFileParser.load(path: "/nonexistent/t.csv")
        }
    }

    @Test func aFolderIsRefusedWithTheFixForAFolder() {
        let error = #expect(throws: TimingFileError.self) { try TimingFileParser.load(path: "/tmp") }
        #expect(error == TimingFileError(.unreadableFile(path: "/tmp", why: .folder), at: nil))
        #expect(error?.diagnostic.hint?.description == "name a file inside it")
    }

    @Test(arguments: ["1e-200", "5e-324", "1e-10", "inf", "nan", "-0.001", "0"])
    func timesBelowOneNanosecondOrNotFiniteAreRefusedWithTheLine(_ seconds: String) {
        let text = "n,seconds\n10,0.001\n100,\(seconds)\n1000,0.1\n"
        let error = #expect(throws: TimingFileError.self) { try TimingFileParser.parse(text, file: "t.csv") }
        #expect(error == TimingFileError(.invalidSeconds(text: seconds), at: Location(file: "t.csv", line: 3, column: 5)))
    }

    @Test func tinyButValidTimesFitWithoutCrashing() throws {
        // The old crash: timings near the smallest double made the verdict's percentage infinite.
        let text = "n,seconds\n10,1e-9\n100,2e-9\n1000,1e-3\n10000,1e-9\n"
        let file = try TimingFileParser.parse(text, file: "t.csv")
        let report = try BenchReport(workload: "t.csv", noun: "n", points: file.points, fitter: ComplexityFitter(resamples: 20))
        #expect(!report.text().isEmpty)
    }

    @Test func moreTimingsThanTheLimitAreRefused() {
        let rows = (0...TimingFileParser.maximumTimings).map { "\($0 % 5 + 1),0.01" }.joined(separator: "\n")
        #expect(throws: TimingFileError(.tooManyTimings(found: TimingFileParser.maximumTimings + 1, limit: TimingFileParser.maximumTimings), at: .start(of: "t.csv"))) {
            try TimingFileParser.parse("n,seconds\n" + rows, file: "t.csv")
        }
    }
}
