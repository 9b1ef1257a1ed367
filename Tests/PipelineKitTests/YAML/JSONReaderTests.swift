import Testing
@testable import PipelineKit

@Suite struct JSONReaderTests {
    private func at(_ line: Int, _ column: Int) -> PipelineKit.SourceLocation {
        SourceLocation(file: "q.json", line: line, column: column)
    }

    private func error(_ text: String) -> JSONError? {
        #expect(throws: JSONError.self) { try JSONReader.parse(text, file: "q.json") }
    }

    @Test func readsTheSameTreeAsYAMLWithLocations() throws {
        let text = "{\n  \"name\": \"lr\",\n  \"values\": [0.1, -2e3, true, null]\n}"
        let expected = YAMLNode.mapping([
            YAMLEntry(key: YAMLScalar(text: "name", style: .doubleQuoted, location: at(2, 3)),
                      value: .scalar(YAMLScalar(text: "lr", style: .doubleQuoted, location: at(2, 11)))),
            YAMLEntry(key: YAMLScalar(text: "values", style: .doubleQuoted, location: at(3, 3)), value: .sequence([
                .scalar(YAMLScalar(text: "0.1", style: .plain, location: at(3, 14))),
                .scalar(YAMLScalar(text: "-2e3", style: .plain, location: at(3, 19))),
                .scalar(YAMLScalar(text: "true", style: .plain, location: at(3, 25))),
                .scalar(YAMLScalar(text: "null", style: .plain, location: at(3, 31))),
            ], at(3, 13))),
        ], at(1, 1))
        #expect(try JSONReader.parse(text, file: "q.json") == expected)
    }

    @Test func readsEscapesAndCRLF() throws {
        let node = try JSONReader.parse("{\"a\":\r\n \"x\\\"\\\\\\/\\n\\t\\u00e9\\ud83d\\ude00\"}", file: "q.json")
        #expect(node["a"]?.scalar?.text == "x\"\\/\n\té😀")
        #expect(node["a"]?.location == at(2, 2))
    }

    static let cases: [Example<JSONError>] = [
        Example("", gives: JSONError(.emptyInput, at: SourceLocation(file: "q.json", line: 1, column: 1))),
        Example("  \n ", gives: JSONError(.emptyInput, at: SourceLocation(file: "q.json", line: 2, column: 2))),
        Example("{\"a\" 1}", gives: JSONError(.unexpectedCharacter(found: "1", expected: "':' after the key"), at: SourceLocation(file: "q.json", line: 1, column: 6))),
        Example("{a: 1}", gives: JSONError(.unexpectedCharacter(found: "a", expected: "a key in double quotes"), at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("[1, 2", gives: JSONError(.unexpectedEnd(expected: "',' or ']'"), at: SourceLocation(file: "q.json", line: 1, column: 6))),
        Example("[\"abc]", gives: JSONError(.unterminatedString, at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("[\"ab\nc\"]", gives: JSONError(.unterminatedString, at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("[\"a\\x\"]", gives: JSONError(.invalidEscape(sequence: "\\x"), at: SourceLocation(file: "q.json", line: 1, column: 4))),
        Example("[\"\\ud800\"]", gives: JSONError(.invalidEscape(sequence: "\\uD800"), at: SourceLocation(file: "q.json", line: 1, column: 3))),
        Example("[\"a\tb\"]", gives: JSONError(.controlCharacter(code: 9), at: SourceLocation(file: "q.json", line: 1, column: 4))),
        Example("[1, 2,\n]", gives: JSONError(.trailingComma, at: SourceLocation(file: "q.json", line: 1, column: 6))),
        Example("{\"a\": 1,}", gives: JSONError(.trailingComma, at: SourceLocation(file: "q.json", line: 1, column: 8))),
        Example("{\"a\": 1,\n \"a\": 2}", gives: JSONError(.duplicateKey(key: "a", first: SourceLocation(file: "q.json", line: 1, column: 2)), at: SourceLocation(file: "q.json", line: 2, column: 2))),
        Example("{} {}", gives: JSONError(.trailingText(found: "{"), at: SourceLocation(file: "q.json", line: 1, column: 4))),
        Example("[True]", gives: JSONError(.invalidLiteral(text: "True"), at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("[NaN]", gives: JSONError(.invalidLiteral(text: "NaN"), at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("[01]", gives: JSONError(.invalidNumber(text: "01"), at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("[1.]", gives: JSONError(.invalidNumber(text: "1."), at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("[-]", gives: JSONError(.invalidNumber(text: "-"), at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("[.5]", gives: JSONError(.invalidNumber(text: ".5"), at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("[1e]", gives: JSONError(.invalidNumber(text: "1e"), at: SourceLocation(file: "q.json", line: 1, column: 2))),
        Example("// c\n{}", gives: JSONError(.unexpectedCharacter(found: "/", expected: "a value"), at: SourceLocation(file: "q.json", line: 1, column: 1))),
    ]

    @Test(arguments: cases)
    func refusesInvalidJSON(_ testCase: Example<JSONError>) {
        #expect(error(testCase.input) == testCase.expected)
    }

    @Test func explainsProblemsInSentences() {
        #expect(error("[1, 2,]")?.diagnostic.description == """
            q.json:1:6: error: a comma is followed by the end of the list or object
            """)
        #expect(error("{\"a\": 1, \"a\": 2}")?.message == """
            the key "a" appears twice in this object (first at q.json:1:2)
            """)
        #expect(error("[\"a\u{01}\"]")?.message == "a control character (U+0001) appears inside a string")
    }

    @Test func refusesDeepNestingWithoutOverflowingTheStack() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(error(text) == JSONError(.tooDeep(limit: 100), at: at(1, 101)))
        let objects = String(repeating: "{\"a\":", count: 10_000)
        #expect(error(objects)?.message == "the JSON text nests more than 100 levels deep")
        #expect((try? JSONReader.parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100), file: "q.json")) != nil)
    }

    @Test func readsNumbersAsWritten() throws {
        let node = try JSONReader.parse("[0, -0.5, 1E+2, 12345678901234567890]", file: "q.json")
        #expect(node.items?.compactMap(\.scalar?.text) == ["0", "-0.5", "1E+2", "12345678901234567890"])
    }
}
