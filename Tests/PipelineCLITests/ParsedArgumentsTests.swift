import Foundation
import Testing
@testable import PipelineKit
@testable import PipelineCLI

/// `ParsedArguments.parse`, table-driven: each row an argument list, and what it parses to or
/// the usage error it raises.
@Suite struct ParsedArgumentsTests {
    static let format = OptionSpec.format([.text, .json])
    static let spec = CommandSpec(
        name: "try", summary: "A command for these tests.", usage: ["try [ARG ...]"],
        options: [
            OptionSpec("param", .value("NAME=VALUE"), help: "A parameter.", repeatable: true),
            OptionSpec("dry-run", help: "A flag."),
            format,
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
        #expect(try ParsedArguments.parse(["--format", "json"], spec: Self.spec).format(Self.format) == .json)
        #expect(try ParsedArguments.parse([], spec: Self.spec).format(Self.format) == .text)
    }

    // MARK: - Reading through the spec

    static let dryRun = spec.options[1]
    static let param = spec.options[0]
    static let count = spec.options[3]

    struct Read: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var dryRun = false
        var params: [String] = []
        var count: String?
        var format = OutputFormat.text
        var unused: [String] = []
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let reads: [Read] = [
        Read(arguments: []),
        Read(arguments: ["--dry-run"], dryRun: true, unused: ["--dry-run"]),
        Read(arguments: ["--param", "a=1", "--param=b=2"], params: ["a=1", "b=2"], unused: ["--param"]),
        Read(arguments: ["-n", "2", "--count=3"], count: "3", unused: ["--count"]),
        Read(arguments: ["--format", "json", "--dry-run"], dryRun: true, format: .json, unused: ["--dry-run"]),
    ]

    /// Each option is read back through the spec that declared it; `given(outside:)` names
    /// what an action would not use (here: everything but `--format`).
    @Test(arguments: reads)
    func readsThroughTheSpec(_ read: Read) throws {
        let parsed = try ParsedArguments.parse(read.arguments, spec: Self.spec)
        #expect(parsed[Self.dryRun] == read.dryRun)
        #expect(parsed.values(of: Self.param) == read.params)
        #expect(parsed.value(of: Self.count) == read.count)
        #expect(parsed.format(Self.format) == read.format)
        #expect(parsed.given(outside: [Self.format]) == read.unused)
    }

    @Test func positionalsNameTheCommand() throws {
        let parsed = try ParsedArguments.parse(["a", "b"], spec: Self.spec)
        #expect(try parsed.positionals(1...2, naming: "a FILE") == ["a", "b"])
        #expect(throws: UsageError.unexpectedArgument("b", command: "try")) { try parsed.positionals(0...1, naming: "a FILE") }
        #expect(throws: UsageError.missingArgument("three FILEs", command: "try")) { try parsed.positionals(3...3, naming: "three FILEs") }
    }

    /// No option of the executable is read back by its name as a string (`arguments.value("format")`):
    /// each is read through its `OptionSpec`, so a spec and its read cannot drift apart. And every
    /// option is a named static, so there is one to read through.
    @Test func noOptionIsReadByName() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/PipelineCLI")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 20)
        var found: [String] = []
        for file in files where file.lastPathComponent != "ParsedArguments.swift" {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                let place = "\(file.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))"
                if line.contains("(\"") || line.contains("[\""), line.contains(/[A-Za-z0-9_)\]]\.(value|values|all|flag|flags)\("/) || line.contains(/arguments\["/)
                    || line.contains(/\.(values|flags)(\[|\.contains|\.keys)/) {
                    found.append(place)
                }
                // An option declared inline, not as a named static (the `--format` factory builds one per command).
                if line.contains("OptionSpec("), !line.contains("static let"), !line.contains("return OptionSpec(\"format\"") { found.append(place) }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
