import Foundation

/// Renders inline Markdown (`**strong**`, `*emphasis*`, `` `code` ``, `[text](url)`) for a
/// terminal: styled by a `TextStyler` when there is one, and always without the markers themselves.
public struct InlineMarkdown: Sendable {
    var styler: (any TextStyler)?

    public init(styler: (any TextStyler)?) {
        self.styler = styler
    }

    private func style(_ emphasis: TextEmphasis, _ text: String) -> String {
        styler?.style(text, as: emphasis) ?? text
    }

    /// - Complexity: O(n) in the length of the text.
    public func render(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let character = rest.first {
            if character == "`", let close = rest.dropFirst().firstIndex(of: "`") {
                out += style(.code, String(rest[rest.index(after: rest.startIndex)..<close]))
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix("**"), let close = rest.dropFirst(2).range(of: "**") {
                out += style(.strong, render(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound])))
                rest = rest[close.upperBound...]
            } else if (character == "*" || character == "_"), rest.count > 1, rest.dropFirst().first != " ",
                      let close = rest.dropFirst().firstIndex(of: character), close > rest.index(after: rest.startIndex),
                      isBoundary(before: rest.startIndex, in: text, of: rest) {
                out += style(.emphasis, render(String(rest[rest.index(after: rest.startIndex)..<close])))
                rest = rest[rest.index(after: close)...]
            } else if character == "[", let middle = rest.range(of: "]("), let close = rest[middle.upperBound...].firstIndex(of: ")") {
                let label = render(String(rest[rest.index(after: rest.startIndex)..<middle.lowerBound]))
                let url = String(rest[middle.upperBound..<close])
                out += style(.link, label) + (url.hasPrefix("#") ? "" : " (\(url))")
                rest = rest[rest.index(after: close)...]
            } else if character == "\\", let next = rest.dropFirst().first {
                out.append(next)
                rest = rest.dropFirst(2)
            } else {
                out.append(character)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// `_` and `*` open emphasis only at the start of a word, so `snake_case` stays as it is.
    private func isBoundary(before index: Substring.Index, in text: String, of rest: Substring) -> Bool {
        guard index > rest.base.startIndex else { return true }
        let previous = rest.base[rest.base.index(before: index)]
        return !(previous.isLetter || previous.isNumber)
    }
}
