import Testing
@testable import PipelineKit

@Suite struct YAMLReaderTests {
    static let seed = """
    pipeline:
      parameters:
        - name: learning_rate
          type: float
      steps:
        - train_model:
            run: train.py
            args: --lr ${{ parameters.learning_rate }}
    """

    private func at(_ line: Int, _ column: Int) -> PipelineKit.SourceLocation {
        SourceLocation(file: "p.yaml", line: line, column: column)
    }

    private func plain(_ text: String, _ line: Int, _ column: Int) -> YAMLScalar {
        YAMLScalar(text: text, style: .plain, location: at(line, column))
    }

    private func parse(_ text: String) throws -> YAMLNode? {
        try YAMLReader.parse(text, file: "p.yaml")
    }

    private func error(_ text: String) -> YAMLError? {
        #expect(throws: YAMLError.self) { try YAMLReader.parse(text, file: "p.yaml") }
    }

    // MARK: - The seed

    @Test func readsTheSeedPipelineWithLocations() throws {
        let expected = YAMLNode.mapping([
            YAMLEntry(key: plain("pipeline", 1, 1), value: .mapping([
                YAMLEntry(key: plain("parameters", 2, 3), value: .sequence([
                    .mapping([
                        YAMLEntry(key: plain("name", 3, 7), value: .scalar(plain("learning_rate", 3, 13))),
                        YAMLEntry(key: plain("type", 4, 7), value: .scalar(plain("float", 4, 13))),
                    ], at(3, 7)),
                ], at(3, 5))),
                YAMLEntry(key: plain("steps", 5, 3), value: .sequence([
                    .mapping([
                        YAMLEntry(key: plain("train_model", 6, 7), value: .mapping([
                            YAMLEntry(key: plain("run", 7, 9), value: .scalar(plain("train.py", 7, 14))),
                            YAMLEntry(key: plain("args", 8, 9),
                                      value: .scalar(plain("--lr ${{ parameters.learning_rate }}", 8, 15))),
                        ], at(7, 9))),
                    ], at(6, 7)),
                ], at(6, 5))),
            ], at(2, 3))),
        ], at(1, 1))
        #expect(try parse(Self.seed) == expected)
    }

    @Test func readsCRLFAndTheSameTree() throws {
        let crlf = Self.seed.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        #expect(try parse(crlf) == parse(Self.seed))
    }

    @Test func emptyAndCommentOnlyDocumentsAreNil() throws {
        for text in ["", "\n\n", "# a comment\n  # another\n", "---\n# c\n"] {
            #expect(try parse(text) == nil)
        }
    }

    // MARK: - Scalars

    struct ScalarCase: Sendable, CustomStringConvertible {
        var yaml: String
        var text: String
        var style: YAMLScalar.Style
        var description: String { yaml }
    }

    static let scalars: [ScalarCase] = [
        ScalarCase(yaml: "v: a#b", text: "a#b", style: .plain),
        ScalarCase(yaml: "v: a #b", text: "a", style: .plain),
        ScalarCase(yaml: "v: http://x.org:80/a", text: "http://x.org:80/a", style: .plain),
        ScalarCase(yaml: "v: ${{ parameters.mode == 'a: b' }}", text: "${{ parameters.mode == 'a: b' }}", style: .plain),
        ScalarCase(yaml: "v: 'it''s # not a comment'", text: "it's # not a comment", style: .singleQuoted),
        ScalarCase(yaml: #"v: "a\"b\\c\nd\te\u00e9""#, text: "a\"b\\c\nd\te\u{e9}", style: .doubleQuoted),
        ScalarCase(yaml: #"v: "\ud83d\ude00""#, text: "😀", style: .doubleQuoted),
        ScalarCase(yaml: "v: one\n  two\n\n  three\n", text: "one two\nthree", style: .plain),
        ScalarCase(yaml: "v: \"one\n  two\"", text: "one two", style: .doubleQuoted),
        ScalarCase(yaml: "v: |\n  a\n   b\n\n", text: "a\n b\n", style: .literal),
        ScalarCase(yaml: "v: |-\n  a\n  b\n", text: "a\nb", style: .literal),
        ScalarCase(yaml: "v: |+\n  a\n\n\nw: 1", text: "a\n\n\n", style: .literal),
        ScalarCase(yaml: "v: >\n  a\n  b\n\n  c\n", text: "a b\nc\n", style: .folded),
        ScalarCase(yaml: "v: >-\n  # not a comment\n  b\n", text: "# not a comment b", style: .folded),
        ScalarCase(yaml: "v:", text: "", style: .plain),
        ScalarCase(yaml: "v: ~", text: "~", style: .plain),
    ]

    @Test(arguments: scalars)
    func readsScalars(_ testCase: ScalarCase) throws {
        let scalar = try #require(try parse(testCase.yaml)?["v"]?.scalar)
        #expect(scalar.text == testCase.text)
        #expect(scalar.style == testCase.style)
    }

    @Test func quotedScalarsAreLocatedAtTheirOpeningQuote() throws {
        let node = try #require(try parse("a:\n  b: \"x\"\n"))
        #expect(node["a"]?["b"]?.location == at(2, 6))
    }

    // MARK: - Collections

    @Test func readsFlowCollections() throws {
        let node = try #require(try parse("needs: [a, b]\nvalues: [16, 32]\ndefault: {a: 1, b: [x, {c: 'd'}]}\nargs: [--lr, ${{ parameters.lr }}]\n"))
        #expect(node["needs"]?.items?.compactMap(\.scalar?.text) == ["a", "b"])
        #expect(node["needs"]?.items?[1].location == at(1, 12))
        #expect(node["values"]?.items?.compactMap(\.scalar?.text) == ["16", "32"])
        #expect(node["default"]?["a"]?.scalar?.text == "1")
        #expect(node["default"]?["b"]?.items?[1]["c"]?.scalar?.style == .singleQuoted)
        #expect(node["args"]?.items?.compactMap(\.scalar?.text) == ["--lr", "${{ parameters.lr }}"])
    }

    @Test func flowCollectionsMaySpanLines() throws {
        let node = try #require(try parse("values: [\n  1, # one\n  2,\n]\nnext: {a: 1,\n  b: 2}\n"))
        #expect(node["values"]?.items?.count == 2)
        #expect(node["next"]?.entries?.count == 2)
    }

    @Test func readsSequencesAtTheirKeysIndentation() throws {
        let node = try #require(try parse("steps:\n- a\n- b: 1\n  c: 2\nafter: x\n"))
        #expect(node["steps"]?.items?.count == 2)
        #expect(node["steps"]?.items?[1]["c"]?.scalar?.text == "2")
        #expect(node["after"]?.scalar?.text == "x")
    }

    @Test func readsNestedCompactSequences() throws {
        let node = try #require(try parse("- - a\n  - b\n- c\n"))
        #expect(node.items?[0].items?.compactMap(\.scalar?.text) == ["a", "b"])
        #expect(node.items?[1].scalar?.text == "c")
    }

    @Test func acceptsALeadingDocumentMarker() throws {
        #expect(try parse("---\na: 1\n")?["a"]?.scalar?.text == "1")
    }

    @Test func readsEnvironmentsMaps() throws {
        let node = try #require(try parse("environments:\n  dev:\n    learning_rate: 0.1\n  prod: {learning_rate: 0.01}\n"))
        #expect(node["environments"]?["dev"]?["learning_rate"]?.scalar?.text == "0.1")
        #expect(node["environments"]?["prod"]?["learning_rate"]?.scalar?.text == "0.01")
    }
}
