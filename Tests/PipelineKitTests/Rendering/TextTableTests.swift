import Testing
@testable import PipelineKit

@Suite struct TextTableTests {
    let table = TextTable(columns: [TextTable.Column(title: "Step", alignment: .right), TextTable.Column(title: "Effect")],
                          rows: [["1", "a | b, \"c\"\nnext line"], ["10", "short"]])

    @Test func boxTableAlignsColumns() {
        let small = TextTable(columns: [TextTable.Column(title: "n", alignment: .right), TextTable.Column(title: "name")],
                              rows: [["1", "one"], ["10", "ten"]])
        #expect(small.renderText(width: 80, style: .box) == """
        ┌────┬──────┐
        │  n │ name │
        ├────┼──────┤
        │  1 │ one  │
        │ 10 │ ten  │
        └────┴──────┘

        """)
        #expect(small.renderText(width: 80, style: .ascii).hasPrefix("+----+------+\n|  n | name |\n"))
    }

    @Test func fitsTheWidthByWrappingLongCells() {
        let long = TextTable(columns: [TextTable.Column(title: "Action"), TextTable.Column(title: "Effect")],
                             rows: [["Training executes", String(repeating: "word ", count: 40)]])
        let text = long.renderText(width: 40, style: .box)
        for line in text.split(separator: "\n") { #expect(TextWidth.of(line) <= 40, "\(line)") }
        #expect(text.contains("Training"))
    }

    @Test func breaksALongHyphenatedWordAfterAHyphen() {
        #expect(TextWidth.wrap("time-and-space-complexity", width: 16) == ["time-and-space-", "complexity"])
        #expect(TextWidth.wrap("time-and-space-complexity", width: 15) == ["time-and-space-", "complexity"])
        #expect(TextWidth.longestWord("time-and-space-complexity mode") == 10)
        #expect(TextWidth.wrap("max_validation_loss", width: 12) == ["max_", "validation_", "loss"])
        #expect(TextWidth.wrap("dataset=data/train.csv", width: 16) == ["dataset=data/", "train.csv"])
    }

    @Test func keepsShortIdsWholeAndWrapsTheProseBesideThem() {
        let prose = "How run time grows: steps, models, parameters and parallelism"
        let table = TextTable(columns: [TextTable.Column(title: "Bank"), TextTable.Column(title: "Title"), TextTable.Column(title: "Lesson")],
                              rows: [["parameterized-runs", prose, "step-by-step"], ["complexity", "Short", "complexity"]])
        let text = table.renderText(width: 60, style: .ascii)
        for line in text.split(separator: "\n") { #expect(TextWidth.of(line) <= 60, "\(line)") }
        #expect(text.contains("parameterized-runs"))
        #expect(text.contains("step-by-step"))
    }

    @Test func widensTheColumnThatSavesTheMostLines() {
        // The title column needs many lines when narrow; the id column only one more character.
        let widths = ColumnFitter(cells: [["Id", "abcdefgh"], ["Text", String(repeating: "word ", count: 20)]]).widths(available: 60)
        #expect(widths.reduce(0, +) <= 60)
        #expect(widths[0] == 8)
    }

    @Test func hardBreaksAWordLongerThanTheColumn() {
        #expect(TextWidth.wrap("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
        #expect(TextWidth.wrap("one two\nthree", width: 20) == ["one two", "three"])
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("日本") == 4)
        #expect(TextWidth.of("\u{1B}[1mbold\u{1B}[0m") == 4)
    }

    @Test func markdownEscapesPipesAndLineBreaks() {
        #expect(table.renderMarkdown() == """
        | Step | Effect |
        | ---: | --- |
        | 1 | a \\| b, "c"<br>next line |
        | 10 | short |

        """)
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        #expect(table.renderCSV() == "Step,Effect\n1,\"a | b, \"\"c\"\"\nnext line\"\n10,short\n")
    }

    @Test func htmlEscapesEveryCell() {
        let html = TextTable(columns: [TextTable.Column(title: "x")], rows: [["<script>&'\""]]).renderHTML()
        #expect(html.contains("<td>&lt;script&gt;&amp;&#39;&quot;</td>"))
        let page = HTMLPage.document(title: "t", body: html)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("http"))
    }
}
