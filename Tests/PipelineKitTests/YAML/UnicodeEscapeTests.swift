import Testing
@testable import PipelineKit

/// The `\u` escape JSON and YAML share: one character, a surrogate pair, or the escape as far
/// as it is wrong.
@Suite struct UnicodeEscapeTests {
    static let readings: [Example<UnicodeEscape.Reading>] = [
        Example("00e9 rest", gives: .scalar("é", length: 4)),
        Example("d83d\\ude00", gives: .scalar("😀", length: 10)),
        Example("12\"", gives: .invalid(sequence: "\\u12")),
        Example("d83d", gives: .invalid(sequence: "\\uD83D")),
        Example("d83d\\u0041", gives: .invalid(sequence: "\\u41")),
        Example("d83d\\ude", gives: .invalid(sequence: "\\ude")),
        Example("dc00", gives: .invalid(sequence: "\\uDC00")),
    ]

    @Test(arguments: readings)
    func readsTheEscapeAfterBackslashU(_ example: Example<UnicodeEscape.Reading>) {
        #expect(UnicodeEscape.readUTF16(Substring(example.input)) == example.expected)
    }

    @Test func readsYAMLsShortAndLongHexDigits() {
        #expect(UnicodeEscape.hexValue("41", count: 2) == 0x41)
        #expect(UnicodeEscape.hexValue("0001F600", count: 8) == 0x1F600)
        #expect(UnicodeEscape.hexValue("4g", count: 2) == nil)
        #expect(UnicodeEscape.hexPrefix("4g", count: 2) == "4")
    }
}
