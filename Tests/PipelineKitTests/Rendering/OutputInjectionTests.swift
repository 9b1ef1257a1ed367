import Testing
@testable import PipelineKit

/// Text from users stays text in every output: no formula in CSV, no HTML in Markdown, no
/// control sequence in messages.
@Suite struct OutputInjectionTests {
    let table = TextTable(columns: [TextTable.Column(title: "Parameter"), TextTable.Column(title: "Value")],
                          rows: [["a", "=1+1"], ["b", "@SUM(A1:A2)"], ["c", "+cmd|calc"], ["d", "-2+3"], ["e", "\tx"], ["f", "-0.5"],
                                 ["g", "<img src=x onerror=alert(1)>"]])

    @Test func csvCellsThatASpreadsheetWouldRunArePrefixed() {
        let csv = table.renderCSV()
        for formula in ["'=1+1", "'@SUM(A1:A2)", "'+cmd|calc", "'-2+3", "'\tx"] { #expect(csv.contains(formula), "\(formula) in \(csv)") }
        #expect(csv.contains("\nf,-0.5\n"))
    }

    @Test func markdownEscapesHTML() {
        let markdown = table.renderMarkdown()
        #expect(!markdown.contains("<img"))
        #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func echoedTextShowsControlCharactersAndIsCut() {
        #expect(EchoedText.escaped("run\u{1B}]0;owned\u{07}\u{1B}[2J") == "run\\e]0;owned\\x07\\e[2J")
        #expect(EchoedText.escaped("a\u{9B}b\nc\td") == "a\\x9bb\nc\td")
        let long = String(repeating: "x", count: 5_000_000)
        #expect(EchoedText.cut(long) == String(repeating: "x", count: 80) + "… (5000000 characters)")
    }
}
