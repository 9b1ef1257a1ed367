/// The hex escapes of JSON strings and YAML double-quoted scalars: `\uXXXX`, which both
/// share (four hex digits; a character beyond U+FFFF as a UTF-16 surrogate pair of two
/// escapes, `\uD83D\uDE00`), and the digits of YAML's `\xXX` and `\UXXXXXXXX`.
enum UnicodeEscape {
    /// Reads the `\u` escape whose hex digits start `text` (the text just after `\u`).
    /// - Returns: the character, and how many characters after the `\u` it takes (4, or 10
    ///   for a pair).
    /// - Throws: `invalid(sequence)`, with the escape as written as far as it is wrong.
    static func readUTF16<Failure: Error>(
        _ text: Substring, invalid: (String) -> Failure
    ) throws(Failure) -> (scalar: Unicode.Scalar, length: Int) {
        guard let high = hexValue(text) else { throw invalid("\\u" + hexPrefix(text)) }
        var value = high
        var length = 4
        if (0xD800...0xDBFF).contains(high) {
            let rest = text.dropFirst(4)
            guard rest.hasPrefix("\\u") else { throw invalid("\\u" + hex(high)) }
            guard let low = hexValue(rest.dropFirst(2)) else { throw invalid("\\u" + hexPrefix(rest.dropFirst(2))) }
            guard (0xDC00...0xDFFF).contains(low) else { throw invalid("\\u" + hex(low)) }
            value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            length = 10
        }
        guard let scalar = Unicode.Scalar(value) else { throw invalid("\\u" + hex(value)) }
        return (scalar, length)
    }

    /// The value of the `count` hex digits that start `text`, or nil when there are fewer.
    static func hexValue(_ text: Substring, count: Int = 4) -> UInt32? {
        let digits = text.prefix(count)
        guard digits.count == count, digits.allSatisfy(\.isHexDigit) else { return nil }
        return UInt32(digits, radix: 16)
    }

    /// The hex digits that start `text`, at most `count`: what an error shows of a short escape.
    static func hexPrefix(_ text: Substring, count: Int = 4) -> Substring {
        text.prefix(count).prefix { $0.isHexDigit }
    }

    /// `value` in upper-case hex, as an error shows it.
    static func hex(_ value: UInt32) -> String { String(value, radix: 16, uppercase: true) }
}
