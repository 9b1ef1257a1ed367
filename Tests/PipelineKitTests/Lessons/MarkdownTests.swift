import Testing
@testable import PipelineKit

@Suite struct MarkdownTests {
    static let document = """
    # Title

    A paragraph with **strong**, *emphasis*, `code` and a [link](https://example.org) in snake_case_words.

    ## Section

    - first item
    - second item that is long enough to wrap around the narrow width we use in tests
    1. one
    2. two

    ```yaml
    pipeline:
      steps: []
    ```

    | Step | Effect |
    | ---: | --- |
    | 1 | a \\| b |

    > A quoted line.

    > **Predict:** Where do parameters come from?
    > - A) From inside the code
    > - B) From outside, when the run starts
    > Answer: B

    ---
    """

    @Test func parsesEveryBlock() {
        let blocks = MarkdownParser.parse(Self.document)
        #expect(blocks.first == .heading(level: 1, text: "Title"))
        #expect(blocks.contains(.list(ordered: true, items: ["one", "two"])))
        #expect(blocks.contains(.code(info: "yaml", text: "pipeline:\n  steps: []")))
        #expect(blocks.contains(.quote("A quoted line.")))
        #expect(blocks.last == .rule)
        guard case .table(let table)? = blocks.first(where: { if case .table = $0 { return true } else { return false } }) else {
            Issue.record("no table")
            return
        }
        #expect(table.rows == [["1", "a | b"]])
        #expect(table.columns.first?.alignment == .right)
    }

    @Test func readsPredictionsWithTheirAnswer() throws {
        let blocks = MarkdownParser.parse(Self.document)
        let prediction = try #require(blocks.compactMap { block -> Prediction? in
            if case .prediction(let prediction) = block { return prediction }
            return nil
        }.first)
        #expect(prediction.question == "Where do parameters come from?")
        #expect(prediction.options.map(\.key) == ["A", "B"])
        #expect(prediction.answer == "B")
        #expect(prediction.isCorrect("b"))
        #expect(!prediction.isCorrect("A"))
    }

    @Test func plainModeLeavesNoMarkdownMarkers() {
        let text = TerminalMarkdownRenderer(width: 60, styler: MarkingStyler(), plain: true).render(MarkdownParser.parse(Self.document))
        for marker in ["**", "`", "# ", "|---", "\u{1B}[", "┌", "│", "](", "*emphasis*"] {
            #expect(!text.contains(marker), "found \(marker)")
        }
        #expect(text.contains("snake_case_words"))
        #expect(text.contains("(https://example.org)"))
    }

    @Test func wrapsToTheWidth() {
        for width in [40, 100] {
            let text = TerminalMarkdownRenderer(width: width, plain: false).render(MarkdownParser.parse(Self.document))
            for line in text.split(separator: "\n") where !line.hasPrefix("    ") {
                #expect(TextWidth.of(line) <= width, "\(line)")
            }
        }
    }

    @Test func colourOnlyWhenAskedFor() {
        let blocks = MarkdownParser.parse(Self.document)
        #expect(!TerminalMarkdownRenderer(width: 80, plain: false).render(blocks).contains("<strong>"))
        #expect(TerminalMarkdownRenderer(width: 80, styler: MarkingStyler(), plain: false).render(blocks).contains("<strong>"))
    }

    @Test func sectionsSplitAtLevelTwoHeadings() {
        let sections = LessonSection.split(MarkdownParser.parse(Self.document))
        #expect(sections.map(\.title) == ["Title", "Section"])
    }
}

/// Marks emphasis with tags, so tests see what a terminal styler would be asked to style.
struct MarkingStyler: TextStyler {
    func style(_ text: String, as emphasis: TextEmphasis) -> String { "<\(emphasis)>" + text + "</\(emphasis)>" }
}
