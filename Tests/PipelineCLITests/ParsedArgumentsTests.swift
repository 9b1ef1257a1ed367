import Testing
@testable import PipelineKit
@testable import PipelineCLI

/// `ParsedArguments.parse`, table-driven: each row an argument list, and what it parses to or
/// the usage error it raises.
@Suite struct ParsedArgumentsTests {
    static let spec = CommandSpec(
        name: "try", summary: "A command for these tests.", usage: ["try [ARG ...]"],
        options: [
            OptionSpec("param", .value("NAME=VALUE"), help: "A parameter.", repeatable: true),
            OptionSpec("dry-run", help: "A flag."),
            .format([.text, .json]),
            OptionSpec("count", short: "n", .value("N"), help: "A number."),
        ],
        acceptsParameterShorthand: true)

    struct Row: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var values: [String: [String]] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []
        var shorthands: [String] = []
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let rows: [Row] = [
        Row(arguments: []),
        Row(arguments: ["p.yaml"], positionals: ["p.yaml"]),
        Row(arguments: ["--dry-run", "p.yaml"], flags: ["dry-run"], positionals: ["p.yaml"]),
        Row(arguments: ["--param", "a=1", "--param=b=2"], values: ["param": ["a=1", "b=2"]]),
        Row(arguments: ["--format", "json", "--format=text"], values: ["format": ["text"]]),
        Row(arguments: ["-n", "3"], values: ["count": ["3"]]),
        Row(arguments: ["--count", "-1"], values: ["count": ["-1"]]),
        Row(arguments: ["--", "--dry-run", "-"], positionals: ["--dry-run", "-"]),
        Row(arguments: ["--learning_rate", "0.1", "--epochs=3"], shorthands: ["learning_rate=0.1", "epochs=3"]),
        Row(arguments: ["--flag-like"], shorthands: ["flag-like=nil"]),
    ]

    @Test(arguments: rows)
    func parses(_ row: Row) throws {
        let parsed = try ParsedArguments.parse(row.arguments, spec: Self.spec)
        #expect(parsed.values == row.values)
        #expect(parsed.flags == row.flags)
        #expect(parsed.positionals == row.positionals)
        #expect(parsed.shorthands.map { "\($0.name)=\($0.value ?? "nil")" } == row.shorthands)
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var words: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let refusals: [Refusal] = [
        Refusal(arguments: ["-x"], words: ["-x"]),
        Refusal(arguments: ["--format", "yaml"], words: ["--format", "yaml", "text", "json"]),
        Refusal(arguments: ["--format"], words: ["--format", "FORMAT"]),
        Refusal(arguments: ["--dry-run=yes"], words: ["--dry-run"]),
        Refusal(arguments: ["--count", "--dry-run"], words: ["--count"]),
    ]

    @Test(arguments: refusals)
    func refuses(_ refusal: Refusal) {
        let error = #expect(throws: UsageError.self) { try ParsedArguments.parse(refusal.arguments, spec: Self.spec) }
        let text = error?.diagnostics.map { $0.description + " " + ($0.hint?.commandLine ?? "") }.joined(separator: "\n") ?? ""
        for word in refusal.words { #expect(text.contains(word), "\(text)") }
    }

    @Test func everyBadOptionIsReportedAtOnce() {
        let error = #expect(throws: UsageError.self) { try ParsedArguments.parse(["-x", "--format", "yaml"], spec: Self.spec) }
        let text = error?.diagnostics.map { $0.description + " " + ($0.hint?.commandLine ?? "") }.joined(separator: "\n") ?? ""
        #expect(text.contains("-x") && text.contains("yaml"))
    }

    @Test func theFormatIsTyped() throws {
        #expect(try ParsedArguments.parse(["--format", "json"], spec: Self.spec).format == .json)
        #expect(try ParsedArguments.parse([], spec: Self.spec).format == .text)
    }
}
