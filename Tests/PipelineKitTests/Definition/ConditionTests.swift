import Testing
@testable import PipelineKit

@Suite struct ConditionTests {
    private func at(_ column: Int) -> PipelineKit.SourceLocation {
        SourceLocation(file: "p.yaml", line: 5, column: column)
    }

    private func parse(_ text: String) throws -> Condition {
        try Condition.parse(text, at: at(15))
    }

    private func error(_ text: String) -> ConditionError? {
        #expect(throws: ConditionError.self) { try Condition.parse(text, at: at(15)) }
    }

    private static let values: [String: ParameterValue] = [
        "train_model": .bool(true), "quick": .bool(false), "mode": .string("full"), "epochs": .int(10),
        "learning_rate": .float(0.05), "data": .path("data/train.csv"), "sizes": .list([.int(1)]),
    ]

    private func holds(_ text: String) throws -> Bool {
        try parse(text).evaluate { Self.values[$0] }
    }

    // MARK: - Parsing

    @Test func parsesTheSeedConditions() throws {
        #expect(try parse("${{ parameters.train_model }}") == .parameter("train_model", at(19)))
        #expect(try parse("${{ parameters.mode == 'full' }}")
            == .comparison(.parameter("mode", at(19)), .equal, .literal(.string("full"))))
        #expect(try parse("parameters.train_model") == .parameter("train_model", at(15)))
    }

    @Test func readsLiterals() throws {
        #expect(try parse("parameters.epochs >= -3") == .comparison(.parameter("epochs", at(15)), .greaterOrEqual, .literal(.int(-3))))
        #expect(try parse("parameters.learning_rate < 1e-2") == .comparison(.parameter("learning_rate", at(15)), .less, .literal(.float(0.01))))
        #expect(try parse("parameters.mode != \"a 'b'\"") == .comparison(.parameter("mode", at(15)), .notEqual, .literal(.string("a 'b'"))))
        #expect(try parse("true") == .literal(.bool(true)))
    }

    static let precedence: [Example<String>] = [
        Example("parameters.a or parameters.b and parameters.c", gives: "parameters.a or parameters.b and parameters.c"),
        Example("(parameters.a or parameters.b) and parameters.c", gives: "(parameters.a or parameters.b) and parameters.c"),
        Example("!parameters.a && parameters.b || parameters.c", gives: "not parameters.a and parameters.b or parameters.c"),
        Example("not parameters.x == 1", gives: "not (parameters.x == 1)"),
        Example("not (parameters.a and parameters.b)", gives: "not (parameters.a and parameters.b)"),
        Example("((parameters.mode=='it\\'s'))", gives: "parameters.mode == 'it\\'s'"),
        Example("parameters.lr <= 0.5", gives: "parameters.lr <= 0.5"),
    ]

    @Test(arguments: precedence)
    func bindsOperatorsByPrecedence(_ testCase: Example<String>) throws {
        let condition = try parse(testCase.input)
        #expect(condition.description == testCase.expected)
        #expect(try parse(condition.description) .description == testCase.expected)
    }

    @Test func andBindsTighterThanOr() throws {
        guard case .or(_, .and) = try parse("parameters.a or parameters.b and parameters.c") else {
            Issue.record("expected or(a, and(b, c))")
            return
        }
    }

    @Test func listsTheParametersRead() throws {
        #expect(try parse("parameters.a and (parameters.b == parameters.a or not parameters.c)").referencedParameters == ["a", "b", "c"])
    }

    // MARK: - Parse errors

    @Test func refusesMalformedConditions() {
        #expect(error("") == ConditionError(.empty, at: at(15)))
        #expect(error("${{ }}") == ConditionError(.empty, at: at(18)))
        #expect(error("${{ parameters.a") == ConditionError(.unterminatedPlaceholder, at: at(15)))
        #expect(error("parameters.mode == 'full") == ConditionError(.unterminatedString, at: at(34)))
        #expect(error("parameters.a ==") == ConditionError(.unexpectedToken(found: "the end", expected: "a parameter, a value or '('"), at: at(30)))
        #expect(error("(parameters.a") == ConditionError(.unexpectedToken(found: "the end", expected: "')'"), at: at(28)))
        #expect(error("parameters.a parameters.b") == ConditionError(.unexpectedToken(found: "'parameters.b'", expected: "'and', 'or' or the end"), at: at(28)))
        #expect(error("parameters.a = 1") == ConditionError(.unexpectedToken(found: "'='", expected: "a parameter, a value or an operator"), at: at(28)))
        #expect(error("1 < parameters.a < 3") == ConditionError(.chainedComparison, at: at(32)))
        #expect(error("parameters.x == 1.2.3") == ConditionError(.invalidNumber(text: "1.2.3"), at: at(31)))
        #expect(error("'full'") == ConditionError(.notACondition(text: "'full'"), at: at(15)))
        #expect(error("parameters.a and 3") == ConditionError(.notACondition(text: "3"), at: at(32)))
    }

    @Test func explainsAnUnknownName() {
        let found = error("${{ params.mode == 'full' }}")
        #expect(found == ConditionError(.unknownName(name: "params.mode"), at: at(19)))
        #expect(found?.diagnostic.description == """
            p.yaml:5:19: error: 'params.mode' is not a parameter reference or a value
            """)
        #expect(found?.hint == "conditions read parameters.NAME (write parameters.mode); quote text: 'params.mode'")
        #expect(error("mode == 'full'") == ConditionError(.unknownName(name: "mode"), at: at(15)))
    }

    @Test func refusesDeepNestingWithoutOverflowingTheStack() {
        #expect(error(String(repeating: "(", count: 10_000) + "true" + String(repeating: ")", count: 10_000))
            == ConditionError(.tooDeep(limit: 100), at: at(114)))
        #expect(error(String(repeating: "not ", count: 10_000) + "true")?.message == "the condition nests more than 100 levels deep")
        let chain = Array(repeating: "parameters.a", count: 10_000).joined(separator: " and ")
        #expect(error(chain)?.message == "the condition nests more than 100 levels deep")
        #expect((try? parse(String(repeating: "(", count: 99) + "true" + String(repeating: ")", count: 99))) != nil)
    }

    // MARK: - Evaluation

    static let evaluations: [Example<Bool>] = [
        Example("${{ parameters.train_model }}", gives: true),
        Example("parameters.quick", gives: false),
        Example("parameters.mode == 'full'", gives: true),
        Example("parameters.mode != \"full\"", gives: false),
        Example("parameters.mode < 'quick'", gives: true),
        Example("parameters.epochs > 9.5", gives: true),
        Example("parameters.epochs == 10.0", gives: true),
        Example("parameters.learning_rate <= 0.05", gives: true),
        Example("0.01 < parameters.learning_rate", gives: true),
        Example("parameters.quick == false", gives: true),
        Example("parameters.data == 'data/train.csv'", gives: true),
        Example("not parameters.quick and parameters.epochs >= 10", gives: true),
        Example("parameters.quick or parameters.mode == 'quick'", gives: false),
        Example("(parameters.epochs > 5) == parameters.train_model", gives: true),
        Example("parameters.quick and parameters.missing", gives: false),
        Example("parameters.train_model || parameters.missing", gives: true),
    ]

    @Test(arguments: evaluations)
    func evaluates(_ testCase: Example<Bool>) throws {
        #expect(try holds(testCase.input) == testCase.expected)
    }

    @Test func refusesABareParameterThatIsNotABool() throws {
        let found = #expect(throws: ConditionError.self) { try holds("${{ parameters.mode }}") }
        #expect(found == ConditionError(.notABool(name: "mode", value: "'full'", type: "a string"), at: at(19)))
        #expect(found?.message == "parameters.mode is a string ('full'), not a bool")
        #expect(found?.hint == "compare it: parameters.mode == 'full'")
    }

    @Test func refusesMismatchedTypes() throws {
        let found = #expect(throws: ConditionError.self) { try holds("parameters.epochs == 'ten'") }
        #expect(found?.message == """
            cannot compare parameters.epochs (an int) with 'ten' (a string) using ==
            """)
        #expect(found?.location == at(15))
        let ordered = #expect(throws: ConditionError.self) { try holds("parameters.quick < true") }
        #expect(ordered == ConditionError(.unorderedComparison(type: "a bool", operator: "<"), at: at(15)))
        #expect(ordered?.message == "values of type bool cannot be compared with <")
    }

    @Test func namesAParameterWithoutAValue() throws {
        let found = #expect(throws: ConditionError.self) { try holds("parameters.missing == 1") }
        #expect(found == ConditionError(.unknownParameter(name: "missing"), at: at(15)))
        #expect(found?.message == "the condition reads parameters.missing, which has no value")
    }
}
