import Testing
@testable import PipelineKit

/// Value limits count what a value costs: scalars, not characters; a list's items; a number's
/// digits. Numbers that would silently become 0 or infinity are refused.
@Suite struct ValueLimitTests {
    @Test func combiningMarksCountAgainstTheValueLimit() {
        // One character to Swift, 5 001 scalars: it used to pass the 10 000-character limit twice over.
        let stacked = "k" + String(repeating: "\u{301}", count: 10_000)
        #expect(stacked.count == 1)
        let failure = #expect(throws: ValueParser.Failure.self) { try ValueParser.parse(stacked, as: .string) }
        #expect(failure?.reason.contains("10001 Unicode scalars") == true, "\(failure?.reason ?? "")")
        #expect(throws: Never.self) { try ValueParser.parse(String(repeating: "é", count: 5_000), as: .string) }
    }

    @Test func aListDefaultCountsAgainstTheValueLimit() throws {
        let items = (0..<6_000).map { "item\($0)" }.joined(separator: ", ")
        let text = "pipeline:\n  parameters:\n    - name: sizes\n      type: list\n      default: [\(items)]\n  steps:\n    - a: {run: mine.sh, simulated: false, args: \"${{ parameters.sizes }}\"}\n"
        let error = #expect(throws: DiagnosticError.self) { try DefinitionLoader.load(text: text, file: "p.yaml") }
        let message = error?.diagnostics.map(\.message).joined() ?? ""
        #expect(message.contains("over the limit of 10000"), "\(message)")
        #expect(error?.diagnostics.first?.location?.line == 5)
        // A short list still loads.
        #expect(throws: Never.self) {
            try DefinitionLoader.load(text: text.replacingOccurrences(of: items, with: "1, 2, 3"), file: "p.yaml")
        }
    }

    @Test func aNumberLiteralHasALengthLimit() throws {
        let long = "0." + String(repeating: "1", count: 5_000)
        for type in [ParameterType.float, .int] {
            let failure = #expect(throws: ValueParser.Failure.self) { try ValueParser.parse(long, as: type) }
            #expect(failure?.reason.contains("over the limit of 100") == true, "\(failure?.reason ?? "")")
        }
        #expect(try ValueParser.parse("0.000000000000000000000000000001", as: .float) == .float(1e-30))
    }

    @Test(arguments: ["1e-400", "-1e-400", "0.0000001e-320"])
    func aNumberThatRoundsToZeroIsRefused(_ text: String) {
        let failure = #expect(throws: ValueParser.Failure.self) { try ValueParser.parse(text, as: .float) }
        #expect(failure?.reason.contains("too small to tell from 0") == true)
    }

    @Test func zeroWrittenAnyWayIsStillZero() throws {
        for text in ["0", "0.0", "-0.0", "0e5", "0.000e-400"] { #expect(try ValueParser.parse(text, as: .float) == .float(0), "\(text)") }
        #expect(try ValueParser.parse("5e-324", as: .float) == .float(5e-324))
    }

    @Test func aNumberThatRoundsToInfinityIsRefusedWithItsLocation() throws {
        let text = "pipeline:\n  parameters:\n    - {name: rate, type: float, default: 1e400}\n    - {name: tiny, type: float, default: 1e-400}\n  steps:\n    - a: {run: mine.sh, simulated: false, args: \"${{ parameters.rate }} ${{ parameters.tiny }}\"}\n"
        let error = #expect(throws: DiagnosticError.self) { try DefinitionLoader.load(text: text, file: "p.yaml") }
        let lines = error?.diagnostics.compactMap { $0.location?.line } ?? []
        #expect(lines == [3, 4], "\(error?.diagnostics.map(\.message) ?? [])")
    }

    @Test(arguments: ["[1, 1e400]", "[0.5, -1e-400]", "[[1e999]]", "{low: 1, high: 1e400}"])
    func anItemNoFloatCanHoldIsRefusedNotKeptAsText(_ text: String) {
        let type: ParameterType = text.hasPrefix("{") ? .map : .list
        let failure = #expect(throws: ValueParser.Failure.self) { try ValueParser.parse(text, as: type) }
        #expect(failure?.reason.contains("not a usable number") == true, "\(failure?.reason ?? "")")
    }

    @Test func quotedItemsAndWordsStayText() throws {
        #expect(try ValueParser.parse("[\"1e400\", x, 2e5]", as: .list) == .list([.string("1e400"), .string("x"), .float(2e5)]))
    }
}
