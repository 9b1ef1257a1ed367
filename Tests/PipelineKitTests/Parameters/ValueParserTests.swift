import Testing
@testable import PipelineKit

@Suite struct ValueParserTests {
    @Test(arguments: zip(
        ["0.01", "0.10", "1", "-2.5e-3", ".5"],
        [0.01, 0.1, 1.0, -0.0025, 0.5]))
    func parsesFloats(_ text: String, _ expected: Double) throws {
        #expect(try ValueParser.parse(text, as: .float) == .float(expected))
    }

    @Test(arguments: ["ten", "0x10", "1.2.3", "", "nan", "-inf", "1e999"])
    func refusesNonFloats(_ text: String) {
        #expect(throws: ValueParser.Failure.self) { try ValueParser.parse(text, as: .float) }
    }

    @Test func intsAreStrict() throws {
        #expect(try ValueParser.parse("32", as: .int) == .int(32))
        #expect(try ValueParser.parse("-4", as: .int) == .int(-4))
        for text in ["1.5", "1e3", "ten", "99999999999999999999"] {
            #expect(throws: ValueParser.Failure.self) { try ValueParser.parse(text, as: .int) }
        }
    }

    @Test func boolsAreTrueOrFalseOnly() throws {
        #expect(try ValueParser.parse("true", as: .bool) == .bool(true))
        #expect(try ValueParser.parse("false", as: .bool) == .bool(false))
        for text in ["yes", "no", "1", "True", "on"] {
            let failure = #expect(throws: ValueParser.Failure.self) { try ValueParser.parse(text, as: .bool) }
            #expect(failure?.hint.contains("true or false") == true)
        }
    }

    @Test func listsAndMapsKeepTheirItemTypes() throws {
        #expect(try ValueParser.parse("[64, 32]", as: .list) == .list([.int(64), .int(32)]))
        #expect(try ValueParser.parse("{a: 1, b: two}", as: .map)
                == .map([.init(key: "a", value: .int(1)), .init(key: "b", value: .string("two"))]))
        #expect(try ValueParser.parse("[64, 32]", as: .list).rendered == "[64, 32]")
        #expect(throws: ValueParser.Failure.self) { try ValueParser.parse("64,32", as: .list) }
        #expect(throws: ValueParser.Failure.self) { try ValueParser.parse("[64, 32", as: .list) }
    }

    @Test func overlongValuesAreRefused() {
        let text = String(repeating: "a", count: ValueParser.maximumLength + 1)
        #expect(throws: ValueParser.Failure.self) { try ValueParser.parse(text, as: .string) }
    }
}
