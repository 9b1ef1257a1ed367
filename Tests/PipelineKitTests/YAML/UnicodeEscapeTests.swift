import Testing
@testable import PipelineKit

/// The `\u` escape JSON and YAML share: one character, a surrogate pair, or the escape as far
/// as it is wrong.
@Suite struct UnicodeEscapeTests {
    /// The escape as the reader's error would show it.
    struct Invalid: Error, Equatable {
        var sequence: String
    }

    /// The character and its length, or the invalid sequence.
    private func read(_ text: String) -> Result<String, Invalid> {
        Result { () throws(Invalid) in
            let escape = try UnicodeEscape.readUTF16(Substring(text)) { Invalid(sequence: $0) }
            return "\(escape.scalar) \(escape.length)"
        }
    }

    static let readings: [Example<Result<String, Invalid>>] = [
        Example("00e9 rest", gives: .success("é 4")),
        Example("d83d\\ude00", gives: .success("😀 10")),
        Example("12\"", gives: .failure(Invalid(sequence: "\\u12"))),
        Example("d83d", gives: .failure(Invalid(sequence: "\\uD83D"))),
        Example("d83d\\u0041", gives: .failure(Invalid(sequence: "\\u41"))),
        Example("d83d\\ude", gives: .failure(Invalid(sequence: "\\ude"))),
        Example("dc00", gives: .failure(Invalid(sequence: "\\uDC00"))),
    ]

    @Test(arguments: readings)
    func readsTheEscapeAfterBackslashU(_ example: Example<Result<String, Invalid>>) {
        #expect(read(example.input) == example.expected)
    }

    @Test func readsYAMLsShortAndLongHexDigits() {
        #expect(UnicodeEscape.hexValue("41", count: 2) == 0x41)
        #expect(UnicodeEscape.hexValue("0001F600", count: 8) == 0x1F600)
        #expect(UnicodeEscape.hexValue("4g", count: 2) == nil)
        #expect(UnicodeEscape.hexPrefix("4g", count: 2) == "4")
    }
}
