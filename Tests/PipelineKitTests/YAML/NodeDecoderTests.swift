import Testing
@testable import PipelineKit

@Suite struct NodeDecoderTests {

    /// One read of a small document, and the one problem it must report (or none).
    struct Case: Sendable, CustomStringConvertible {
        enum Read: Sendable {
            case keys(allowed: [String], unlisted: [String] = [], alsoSuggesting: [String] = [])
            case requiredText(String)
            case text(String)
            case texts(String, allowsOne: Bool)
            case bool(String)
            case wholeNumberFromOne(String)
            case mapping(String)
        }

        var name: String
        var document: String
        var dialect: NodeDecoder.Dialect = .yaml
        var read: Read
        /// `line:col: message`, or nil when the read finds no problem.
        var expected: String?
        /// The hint; a value of the wrong kind gets the decoder's shape hint unless named here.
        var hint: String = "see the test's format"
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown key with a suggestion", document: "name: a\nrnu: x\n", read: .keys(allowed: ["name", "run"]),
             expected: "2:1: unknown key 'rnu' in the test", hint: "did you mean 'run'? allowed keys: name, run"),
        Case(name: "unknown key without a suggestion", document: "name: a\nzzzzzz: x\n", read: .keys(allowed: ["name", "run"]),
             expected: "2:1: unknown key 'zzzzzz' in the test", hint: "allowed keys: name, run"),
        Case(name: "an unlisted key is accepted and not listed", document: #"{"$schema": "x", "idd": "b"}"#, dialect: .json,
             read: .keys(allowed: ["id"], unlisted: ["$schema"]), expected: "1:18: unknown key 'idd' in the test", hint: "did you mean 'id'? allowed keys: id"),
        Case(name: "an extra name is suggested but not allowed", document: "pipelin: x\n", read: .keys(allowed: ["steps"], alsoSuggesting: ["pipeline"]),
             expected: "1:1: unknown key 'pipelin' in the test", hint: "did you mean 'pipeline'? allowed keys: steps"),
        Case(name: "missing required key", document: "title: T\n", read: .requiredText("id"), expected: "1:1: the test has no 'id'", hint: "add it, for example: id: x"),
        Case(name: "required key present", document: "id: a\n", read: .requiredText("id")),
        Case(name: "text of the wrong kind", document: "id: [a, b]\n", read: .text("id"), expected: "1:5: expected text for 'id', but found a list"),
        Case(name: "JSON demands a double-quoted string", document: #"{"id": 3}"#, dialect: .json, read: .text("id"),
             expected: "1:8: expected a string for 'id', but found the number 3", hint: #"write "id": "…""#),
        Case(name: "YAML takes an unquoted string", document: "id: 3\n", read: .text("id")),
        Case(name: "an empty value is not text", document: "id:\n", read: .text("id"), expected: "1:4: expected text for 'id', but found an empty value"),
        Case(name: "a list item of the wrong kind", document: "tags: [a, {b: c}]\n", read: .texts("tags", allowsOne: false),
             expected: "1:11: expected text in 'tags', but found a mapping"),
        Case(name: "one name where a list may stand", document: "tags: a\n", read: .texts("tags", allowsOne: true)),
        Case(name: "one name where only a list may stand", document: "tags: a\n", read: .texts("tags", allowsOne: false),
             expected: #"1:7: expected a list of names for 'tags', but found the value "a""#),
        Case(name: "bool of the wrong kind", document: "secret: yes\n", read: .bool("secret"), expected: #"1:9: expected true or false for 'secret', but found the value "yes""#),
        Case(name: "JSON demands an unquoted bool", document: #"{"shuffle": "true"}"#, dialect: .json, read: .bool("shuffle"),
             expected: #"1:13: expected true or false for 'shuffle', but found the string "true""#),
        Case(name: "a whole number out of range", document: "row: 0\n", read: .wholeNumberFromOne("row"), expected: #"1:6: expected a whole number from 1 for 'row', but found the value "0""#),
        Case(name: "a whole number in range", document: "row: 7\n", read: .wholeNumberFromOne("row")),
        Case(name: "a mapping of the wrong kind", document: "check: 7\n", read: .mapping("check"), expected: #"1:8: expected a check, but found the value "7""#),
    ]

    @Test(arguments: cases)
    func reportsEachProblemWithWhereAndHow(_ test: Case) throws {
        let root = try #require(test.dialect == .json ? JSONReader.parse(test.document, file: "t") : YAMLReader.parse(test.document, file: "t"))
        var decoder = NodeDecoder(dialect: test.dialect, shapeHint: "see the test's format")
        switch test.read {
        case .keys(let allowed, let unlisted, let extra):
            decoder.checkKeys(root.entries ?? [], allowed: allowed, context: "the test", unlisted: unlisted, alsoSuggesting: extra)
        case .requiredText(let key):
            _ = decoder.requiredText(key, in: root, context: "the test", example: "\(key): x")
        case .text(let key):
            _ = decoder.text(root[key], key: key)
        case .texts(let key, let allowsOne):
            _ = decoder.texts(root[key], key: key, what: "a list of names", allowsOne: allowsOne)
        case .bool(let key):
            _ = decoder.bool(root[key], key: key)
        case .wholeNumberFromOne(let key):
            _ = decoder.wholeNumber(root[key], key: key, what: "a whole number from 1") { $0 >= 1 }
        case .mapping(let key):
            _ = decoder.mapping(try #require(root[key]), what: "a check")
        }
        let shown = decoder.problems.map { problem in (problem.location.map { "\($0.line):\($0.column): " } ?? "") + problem.message }
        #expect(shown == (test.expected.map { [$0] } ?? []))
        #expect(decoder.problems.map { $0.hint?.description } == (test.expected == nil ? [] : [test.hint]))
        #expect(decoder.problems.allSatisfy { $0.severity == .error && $0.location?.file == "t" })
    }

    @Test func readsTypedValuesAsWritten() throws {
        let root = try #require(try YAMLReader.parse("id: a\nsecret: true\norder: 3\nrate: 0.5\nquiz: [x, y]\nnote:\noutcome: refused\n", file: "t"))
        var decoder = NodeDecoder(emptyTextIsAbsent: true)
        #expect(decoder.text(root["id"], key: "id") == "a")
        #expect(decoder.bool(root["secret"], key: "secret") == true)
        #expect(decoder.wholeNumber(root["order"], key: "order") == 3)
        #expect(decoder.number(root["rate"], key: "rate") == 0.5)
        #expect(decoder.texts(root["quiz"], key: "quiz", what: "names").map(\.text) == ["x", "y"])
        #expect(decoder.word(root["outcome"], key: "outcome", of: ExerciseExpectation.Outcome.allCases) == .refused)
        #expect(decoder.text(root["note"], key: "note") == nil)
        #expect(decoder.text(root["absent"], key: "absent") == nil)
        #expect(decoder.required("note", in: root, context: "the test", example: "note: n") == nil)
        #expect(decoder.problems.map(\.message) == ["the test has no 'note'"])
    }

    @Test func collectsEveryProblemInOrder() throws {
        let root = try JSONReader.parse(#"{"idd": 1, "title": 2, "tags": "x", "paths": ["a", 3], "outcome": "fails"}"#, file: "b.json")
        var decoder = NodeDecoder(dialect: .json)
        decoder.checkKeys(root.entries ?? [], allowed: ["id", "title", "tags", "paths", "outcome"], context: "the bank")
        _ = decoder.requiredText("id", in: root, context: "the bank", example: #""id": "b""#)
        _ = decoder.text(root["title"], key: "title")
        _ = decoder.texts(root["tags"], key: "tags", what: "a list of strings")
        #expect(decoder.texts(root["paths"], key: "paths", what: "a list of paths", item: "a path").map(\.text) == ["a"])
        #expect(decoder.word(root["outcome"], key: "outcome", of: ExerciseExpectation.Outcome.allCases) == nil)
        #expect(decoder.problems.map(\.message) == [
            "unknown key 'idd' in the bank",
            "the bank has no 'id'",
            "expected a string for 'title', but found the number 2",
            "expected a list of strings for 'tags', but found the string \"x\"",
            "expected a path in 'paths', but found the number 3",
            "expected succeeds or refused for 'outcome', but found the string \"fails\"",
        ])
    }
}
