import Testing
@testable import PipelineKit

@Suite struct TemplateTests {
    private func at(_ line: Int, _ column: Int) -> PipelineKit.SourceLocation {
        SourceLocation(file: "p.yaml", line: line, column: column)
    }

    private func error(_ text: String) -> TemplateError? {
        #expect(throws: TemplateError.self) { try Template.parse(text, at: at(8, 15)) }
    }

    // MARK: - Parsing

    @Test func parsesTheSeedArguments() throws {
        let template = try Template.parse("--lr ${{ parameters.learning_rate }}", at: at(8, 15))
        #expect(template.segments == [.literal("--lr "), .reference(.parameter("learning_rate"), at(8, 20))])
        #expect(template.references == [.parameter("learning_rate")])
    }

    @Test func acceptsPlaceholdersWithoutSpacesAndEnvironmentReads() throws {
        let template = try Template.parse("${{parameters.a}}-${{ env.HOME }}${{  parameters.a  }}", at: at(1, 1))
        #expect(template.references == [.parameter("a"), .environment("HOME"), .parameter("a")])
        #expect(template.segments[2] == .reference(.environment("HOME"), at(1, 19)))
    }

    @Test func keepsTextWithoutPlaceholders() throws {
        #expect(try Template.parse("--data $HOME {{ x }} ${ y }", at: at(1, 1)).segments == [.literal("--data $HOME {{ x }} ${ y }")])
        #expect(try Template.parse("", at: at(1, 1)).segments.isEmpty)
    }

    @Test func locatesPlaceholdersOnLaterLines() throws {
        let template = try Template.parse("a\n  ${{ env.X }}", at: at(3, 7))
        #expect(template.segments.last == .reference(.environment("X"), at(4, 3)))
    }

    // MARK: - Errors

    @Test func refusesAnUnclosedPlaceholder() {
        let found = error("--lr ${{ parameters.lr")
        #expect(found == TemplateError(.unterminated, at: at(8, 20)))
        #expect(found?.diagnostic.description == "p.yaml:8:20: error: this '${{' is never closed with '}}'")
    }

    @Test func refusesAnEmptyPlaceholder() {
        #expect(error("x ${{  }}") == TemplateError(.emptyPlaceholder, at: at(8, 17)))
    }

    @Test func suggestsParametersForAnUnknownNamespace() {
        let found = error("--lr ${{ params.x }}")
        #expect(found == TemplateError(.unknownNamespace(namespace: "params", name: "x"), at: at(8, 20)))
        #expect(found?.message == "'params.x' reads an unknown namespace 'params'")
        #expect(found?.hint == """
            did you mean 'parameters.x'? placeholders read parameters.NAME and env.NAME
            """)
        #expect(error("${{ environment.HOME }}")?.hint?.hasPrefix("did you mean 'env.HOME'?") == true)
    }

    @Test func refusesAMissingNamespace() {
        #expect(error("${{ lr }}") == TemplateError(.missingNamespace(name: "lr"), at: at(8, 15)))
    }

    @Test func refusesInvalidNames() {
        #expect(error("${{ parameters.mode == 'full' }}") == TemplateError(.invalidName(namespace: "parameters", name: "mode == 'full'"), at: at(8, 15)))
        #expect(error("${{ env.A.B }}") == TemplateError(.invalidName(namespace: "env", name: "A.B"), at: at(8, 15)))
        #expect(error("${{ parameters.1x }}")?.message == "'1x' is not a parameter name")
    }

    // MARK: - Rendering

    @Test func rendersEachPlaceholderOnce() throws {
        let template = try Template.parse("--lr ${{ parameters.lr }} --name ${{ parameters.name }}", at: at(1, 1))
        let values: [TemplateReference: String] = [
            .parameter("lr"): "${{ parameters.name }}",
            .parameter("name"): "x; rm -rf /",
        ]
        let rendered = template.render { values[$0] ?? "" }
        #expect(rendered == "--lr ${{ parameters.name }} --name x; rm -rf /")
    }

    @Test func keepsEachValueInsideItsArgument() throws {
        let template = try Template.parse("--name ${{ parameters.name }} --tag 'v ${{ parameters.tag }}'", at: at(1, 1))
        let arguments = template.renderArguments { reference in
            reference == .parameter("name") ? "a b'; rm -rf / \"" : "1"
        }
        #expect(arguments == ["--name", "a b'; rm -rf / \"", "--tag", "v 1"])
    }

    // MARK: - Splitting

    static let splits: [Example<[String]>] = [
        Example("--lr 0.1", gives: ["--lr", "0.1"]),
        Example("  a \t b\n c  ", gives: ["a", "b", "c"]),
        Example("--name 'a b' \"c d\"", gives: ["--name", "a b", "c d"]),
        Example("'it'\\''s'", gives: ["it's"]),
        Example(#""say \"hi\" \\ \n""#, gives: [#"say "hi" \ \n"#]),
        Example(#"a\ b \$x"#, gives: ["a b", "$x"]),
        Example("'' \"\"", gives: ["", ""]),
        Example("x; rm -rf / $(id) `id` | cat", gives: ["x;", "rm", "-rf", "/", "$(id)", "`id`", "|", "cat"]),
        Example("'unclosed a b", gives: ["unclosed a b"]),
        Example("trailing\\", gives: ["trailing\\"]),
        Example("", gives: []),
        Example("a=\"1 2\"b", gives: ["a=1 2b"]),
    ]

    @Test(arguments: splits)
    func splitsArgumentsLikeAShellWithoutOne(_ testCase: Example<[String]>) {
        #expect(Template.splitArguments(testCase.input) == testCase.expected)
    }
}
