import Testing
@testable import PipelineKit

@Suite struct YAMLReaderErrorTests {
    private func error(_ text: String) -> YAMLError? {
        #expect(throws: YAMLError.self) { try YAMLReader.parse(text, file: "p.yaml") }
    }

    private func at(_ line: Int, _ column: Int) -> PipelineKit.SourceLocation {
        SourceLocation(file: "p.yaml", line: line, column: column)
    }

    @Test func refusesTabIndentation() {
        let found = error("a:\n\tb: 1\n")
        #expect(found == YAMLError(.tabIndentation, at: at(2, 1)))
        #expect(found?.diagnostic.description == "p.yaml:2:1: error: a tab is used for indentation")
        #expect(found?.hint == """
            indent with spaces only (two per level is usual); YAML does not allow tabs there
            """)
    }

    @Test func namesBothPlacesOfADuplicateKey() {
        let found = error("a: 1\nb: 2\na: 3\n")
        #expect(found == YAMLError(.duplicateKey(key: "a", first: at(1, 1)), at: at(3, 1)))
        #expect(found?.message == """
            the key 'a' appears twice in this mapping (first at p.yaml:1:1)
            """)
        #expect(error("m: {x: 1, x: 2}") == YAMLError(.duplicateKey(key: "x", first: at(1, 5)), at: at(1, 11)))
    }

    @Test func refusesInconsistentIndentation() {
        let found = error("a:\n    b: 1\n  c: 2\n")
        #expect(found == YAMLError(.badIndentation(found: 2, expected: 0), at: at(3, 3)))
        #expect(found?.message == """
            this line is indented by 2 spaces, but the block it continues is indented by 0
            """)
        #expect(error("a:\n  b: [1]\n    c: 2\n") == YAMLError(.badIndentation(found: 4, expected: 2), at: at(3, 5)))
    }

    @Test func refusesAKeyIndentedUnderAValue() {
        #expect(error("a: 1\n  b: 2\n") == YAMLError(.keyInsideValue(key: "b", valueLine: 1), at: at(2, 3)))
    }

    @Test func refusesUnterminatedQuotes() {
        let found = error("a: \"abc\nb: 1\n")
        #expect(found == YAMLError(.unterminatedQuote(quote: "\""), at: at(1, 4)))
        #expect(found?.message == "this quoted value is never closed with \"")
        #expect(error("a: 'abc") == YAMLError(.unterminatedQuote(quote: "'"), at: at(1, 4)))
    }

    @Test func refusesUnterminatedFlowCollections() {
        #expect(error("a: [1, 2\nb: 3\n") == YAMLError(.unterminatedFlow(bracket: "["), at: at(1, 4)))
        #expect(error("a: {x: 1") == YAMLError(.unterminatedFlow(bracket: "{"), at: at(1, 4)))
        #expect((try? YAMLReader.parse("a: [1, 2,]", file: "p.yaml"))?["a"]?.items?.count == 2)
    }

    static let unsupported: [Example<String>] = [
        Example("a: &x 1\n", gives: "anchors (&name)"),
        Example("a: *x\n", gives: "aliases (*name)"),
        Example("a: !!str 1\n", gives: "tags (!name)"),
        Example("a: 1\n---\nb: 2\n", gives: "multiple documents (a second '---')"),
        Example("? a\n: 1\n", gives: "complex keys ('? ')"),
        Example("[a, b]: 1\n", gives: "complex keys (a list, a mapping or a multi-line value used as a key)"),
        Example("%YAML 1.2\n---\na: 1\n", gives: "directives (%YAML, %TAG)"),
        Example("a: |2\n   x\n", gives: "block scalar indentation indicators (|2)"),
    ]

    @Test(arguments: unsupported)
    func refusesFeaturesOutsideTheSubset(_ testCase: Example<String>) {
        let found = error(testCase.input)
        guard case .unsupported(let feature)? = found?.kind else {
            Issue.record("expected an unsupported feature, got \(String(describing: found))")
            return
        }
        #expect(feature == testCase.expected)
        #expect(found?.message.contains("outside the subset `pipeline` reads") == true)
    }

    @Test func explainsAnAnchor() {
        #expect(error("a: &x 1\n")?.diagnostic.description == """
            p.yaml:1:4: error: anchors (&name) are outside the subset `pipeline` reads
            """)
    }

    @Test func refusesAKeyWithoutAColon() {
        let found = error("pipeline:\n  name: x\n  steps\n")
        #expect(found == YAMLError(.missingColon(text: "steps"), at: at(3, 3)))
        #expect(found?.message == "'steps' is not a 'key: value' entry: it has no ':' followed by a space")
        #expect(error("a: 1\nb:2\n") == YAMLError(.missingColon(text: "b:2"), at: at(2, 1)))
    }

    @Test func refusesAColonInsideAPlainValue() {
        let found = error("description: Note: read this\n")
        #expect(found == YAMLError(.colonInValue(value: "Note: read this"), at: at(1, 18)))
        #expect(found?.hint == #"quote the whole value: "Note: read this""#)
    }

    @Test func refusesListsInTheWrongPlace() {
        #expect(error("a: - b\n") == YAMLError(.listOnKeyLine, at: at(1, 4)))
        #expect(error("a: 1\n- b\n") == YAMLError(.listItemInMapping, at: at(2, 1)))
        #expect(error("- a\nb: 1\n") == YAMLError(.expectedListItem, at: at(2, 1)))
    }

    @Test func refusesBadEscapes() {
        #expect(error(#"a: "\q""#) == YAMLError(.invalidEscape(sequence: "\\q"), at: at(1, 5)))
        #expect(error(#"a: "\u12""#) == YAMLError(.invalidEscape(sequence: "\\u12"), at: at(1, 5)))
    }

    @Test func refusesTextAfterAValue() {
        #expect(error("a: 'x' y\n") == YAMLError(.unexpectedCharacter(found: "y", expected: "the end of the line or a comment after the value"), at: at(1, 8)))
        #expect(error("a: [[1] 2]\n") == YAMLError(.unexpectedCharacter(found: "2", expected: "',' or ']'"), at: at(1, 9)))
    }

    // MARK: - Depth

    @Test func refusesDeepFlowNestingWithoutOverflowingTheStack() {
        let text = "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(error(text) == YAMLError(.tooDeep(limit: 100), at: at(1, 103)))
        #expect(error(text)?.message == "the document nests more than 100 levels deep")
    }

    @Test func refusesDeepBlockNestingWithoutOverflowingTheStack() {
        let dashes = String(repeating: "- ", count: 10_000) + "x\n"
        #expect(error(dashes)?.location?.line == 1)
        var indented = ""
        for level in 0..<2_000 { indented += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(error(indented) == YAMLError(.tooDeep(limit: 100), at: at(101, 101)))
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let text = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(try YAMLReader.parse(text, file: "p.yaml") != nil)
    }
}
