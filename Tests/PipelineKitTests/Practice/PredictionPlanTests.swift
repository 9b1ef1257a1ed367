import Testing
@testable import PipelineKit

@Suite struct PredictionPlanTests {
    func seedSession() throws -> (SessionReport, [RunResult]) {
        let text = try #require(EmbeddedContent.text(atPath: "lessons/pipelines/train-lr.yaml"))
        let definition = try DefinitionLoader.load(text: text, file: "train-lr.yaml", origin: .bundled(name: "train-lr"))
        var session = RunSession(definition: definition)
        for rate in ["0.01", "0.1"] {
            try session.run(ParameterRequest(assignments: [ParameterAssignment(name: "learning_rate", text: rate)]))
        }
        return (SessionReport(session: session), session.results)
    }

    @Test func asksNewValuesAndEachRunsTrackerCells() throws {
        let (report, results) = try seedSession()
        let plan = PredictionPlan.make(report, results: results)
        #expect(plan.map(\.step) == [2, 3, 5, 6, 7, 9])
        #expect(plan.map(\.variable) == ["learning_rate", "learning_rate", "final_loss", "learning_rate", "learning_rate", "final_loss"])
        #expect(plan.map(\.expected.shown) == ["0.01", "0.01", "4.1125", "0.1", "0.1", "0.2175"])
        #expect(plan[4].position == "step 7 of 9")
        #expect(plan[4].explanation(for: "0.01")
            == "step 7 of 9 belongs to run 2, which was triggered with learning_rate=0.1; every step of a run receives that run's value; 0.01 is run 1's value: each run gets its own values")
    }

    struct Judgement: Sendable, CustomStringConvertible {
        var cell: String
        var guess: String
        var right: Bool
        var description: String { "\(cell) ← \(guess)" }
    }

    @Test(arguments: [
        Judgement(cell: "0.2175", guess: "0.2175", right: true),
        Judgement(cell: "0.2175", guess: "0.22", right: true),      // 1.1% off: within 2%
        Judgement(cell: "0.2175", guess: "0.2", right: false),      // 8% off
        Judgement(cell: "32", guess: "32", right: true),
        Judgement(cell: "32", guess: "33", right: false),           // whole numbers exactly
        Judgement(cell: "v2", guess: "v2", right: true),
        Judgement(cell: "v2", guess: "V2", right: false),           // names exactly
        Judgement(cell: "undefined", guess: "undefined", right: true),
        Judgement(cell: "undefined", guess: "0", right: false),
        Judgement(cell: "0.01", guess: "undefined", right: false),
        Judgement(cell: "0.01", guess: "1e-2", right: true),
    ])
    func judgesWithTheStatedTolerance(_ case_: Judgement) {
        #expect(ExpectedValue(cell: case_.cell).accepts(case_.guess) == case_.right)
    }

    @Test func aSkippedStepLeavesItsOutputSkippedInThatRun() throws {
        let text = try #require(EmbeddedContent.text(atPath: "lessons/pipelines/conditional-train.yaml"))
        let definition = try DefinitionLoader.load(text: text, file: "conditional-train.yaml")
        var session = RunSession(definition: definition)
        try session.run(ParameterRequest())
        try session.run(ParameterRequest(assignments: [ParameterAssignment(name: "train_model", text: "true")]))
        let plan = PredictionPlan.make(SessionReport(session: session), results: session.results)
        let first = try #require(plan.first { $0.variable == "final_loss" && $0.run == 1 })
        #expect(first.expected == .name("skipped"))
        #expect(first.accepts("skipped"))
        #expect(first.reason == "no step of run 1 produced final_loss, so its After Run 1 cell says why: skipped (step 5 of 18: Step train_model skipped); values never carry over from another run")
    }

    @Test func savesTheBestFinishedScore() {
        var progress = PracticeProgress()
        progress.record(session: "s", right: 5, answered: 6, total: 6, finished: true)
        progress.record(session: "s", right: 1, answered: 2, total: 6, finished: false)
        #expect(progress.predictions["s"]?.right == 1)
        #expect(progress.predictions["s"]?.bestRight == 5)
        #expect(progress.latestPredictions.count == 1)
    }
}
