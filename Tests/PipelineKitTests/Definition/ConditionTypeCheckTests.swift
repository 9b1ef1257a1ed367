import Testing
@testable import PipelineKit

/// Conditions are checked against the declared types when the pipeline loads: a condition
/// that could never be evaluated, or one a secret would decide, is refused with its location.
@Suite struct ConditionTypeCheckTests {
    static let parameters = """
        pipeline:
          parameters:
            - {name: tok, type: string, secret: true, default: hunter2secret}
            - {name: key, type: secret, default: abc}
            - {name: f, type: float, default: 1.5}
            - {name: n, type: int, default: 3}
            - {name: mode, type: string, default: full}
            - {name: flag, type: bool, default: true}
            - {name: items, type: list, default: [1, 2]}
          steps:
            - a:
                run: noop.py

        """

    static let refused: [Example<String>] = [
        Example("parameters.tok", gives: "a secret cannot decide a condition: parameters.tok is secret"),
        Example("parameters.key == 'abc'", gives: "a secret cannot decide a condition: parameters.key is secret"),
        Example("not (parameters.flag and parameters.tok != '')", gives: "a secret cannot decide a condition: parameters.tok is secret"),
        Example("parameters.f > 'a'", gives: "cannot compare parameters.f (a number) with 'a' (a string) using >"),
        Example("parameters.n", gives: "parameters.n is declared int, not bool, so it cannot be a condition on its own"),
        Example("parameters.mode", gives: "parameters.mode is declared string, not bool, so it cannot be a condition on its own"),
        Example("parameters.items", gives: "parameters.items is declared list, not bool, so it cannot be a condition on its own"),
        Example("parameters.flag < true", gives: "values of type bool cannot be compared with <"),
        Example("parameters.items >= parameters.items", gives: "values of type list cannot be compared with >="),
        Example("parameters.flag == 1", gives: "cannot compare parameters.flag (a bool) with 1 (a number) using =="),
    ]

    @Test(arguments: refused)
    func refusedAtLoadWithTheLocation(_ refused: Example<String>) {
        let text = Self.parameters + "        when: ${{ \(refused.input) }}\n"
        let error = #expect(throws: DiagnosticError.self) { try DefinitionLoader.load(text: text, file: "p.yaml") }
        let first = error?.diagnostics.first
        #expect(first?.message == refused.expected)
        #expect(first?.location?.line == 13)
        #expect(error?.diagnostics.contains { $0.message.contains("hunter2secret") || ($0.hint ?? "").contains("hunter2secret") } == false)
    }

    @Test(arguments: ["parameters.flag", "parameters.n >= 2 and parameters.f < 3", "parameters.mode == 'full' or not parameters.flag",
                      "parameters.items == parameters.items", "parameters.n == 1.5"])
    func wellTypedConditionsLoad(_ when: String) throws {
        let definition = try DefinitionLoader.load(text: Self.parameters + "        when: ${{ \(when) }}\n", file: "p.yaml")
        #expect(definition.steps.first?.condition != nil)
    }
}
