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

    @Test func neverCutsAToken() {
        #expect(TextWidth.wrap("time-and-space-complexity", width: 16) == ["time-and-space-complexity"])
        #expect(TextWidth.wrap("token=[REDACTED] run mx5buxf4-d35b11", width: 10) == ["token=[REDACTED]", "run", "mx5buxf4-d35b11"])
        #expect(TextWidth.longestToken("time-and-space-complexity mode") == 25)
    }

    @Test func keepsAnOptionWithItsValueAPlaceholderAndADuration() {
        #expect(TextWidth.tokens(of: "train.py receives --lr 0.01") == ["train.py", "receives", "--lr 0.01"])
        #expect(TextWidth.tokens(of: "a condition: ${{ parameters.mode == 'full' }} here") == ["a", "condition:", "${{ parameters.mode == 'full' }}", "here"])
        #expect(TextWidth.tokens(of: "updates (314 µs)") == ["updates", "(314 µs)"])
        #expect(TextWidth.tokens(of: "\u{1B}[2m(314 µs)\u{1B}[0m") == ["\u{1B}[2m(314 µs)\u{1B}[0m"])
        #expect(TextWidth.tokens(of: "--dry-run --format json") == ["--dry-run", "--format json"])
    }

    @Test func showsRecordsWhenWholeTokensCannotFitSideBySide() {
        let table = TextTable(columns: [TextTable.Column(title: "ID"), TextTable.Column(title: "Parameters"), TextTable.Column(title: "Status")],
                              rows: [["mx5buxf4-d35b11", "learning_rate=0.1\ntoken=[REDACTED]", "succeeded"]])
        let text = table.renderText(width: 30, style: .ascii)
        #expect(text == """
        --[ ID mx5buxf4-d35b11 ]------
        Parameters  learning_rate=0.1
                    token=[REDACTED]
        Status      succeeded

        """)
    }

    @Test func keepsTheLinesOfMultiLineCellsSideBySide() {
        let table = TextTable(columns: [TextTable.Column(title: "Parameter"), TextTable.Column(title: "Source")],
                              rows: [["learning_rate=0.1 with a long note\nepochs=5", "command line\ndefault"]])
        let lines = table.renderText(width: 34, style: .plain).split(separator: "\n").map(String.init)
        let epochs = lines.firstIndex { $0.contains("epochs=5") }
        #expect(epochs != nil)
        #expect(epochs.map { lines[$0].contains("default") } == true, "\(lines)")
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
        let widths = ColumnFitter(cells: [["Id", "abcdefgh"], ["Text", String(repeating: "word ", count: 20)]]).widths(available: 60) ?? []
        #expect(widths.reduce(0, +) <= 60)
        #expect(widths.first == 8)
    }

    @Test func aWordLongerThanTheLineStandsAloneAndOverflows() {
        #expect(TextWidth.wrap("abcdefghij klm", width: 4) == ["abcdefghij", "klm"])
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
