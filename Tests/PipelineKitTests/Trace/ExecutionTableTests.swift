import Testing
@testable import PipelineKit

@Suite struct ExecutionTableTests {
    static func seedSession() throws -> RunSession {
        var session = RunSession(definition: try RunEngineTests.bundled("train-lr"))
        for value in ["0.01", "0.1"] {
            try session.run(ParameterRequest(assignments: [ParameterAssignment(name: "learning_rate", text: value)]))
        }
        return session
    }

    @Test func reproducesSeed002RowForRow() throws {
        let session = try Self.seedSession()
        let table = ExecutionTable.make(session.definition, results: session.results)
        #expect(table.rows.map(\.step) == Array(1...9))
        #expect(table.rows.map(\.action) == [
            "Pipeline defined", "Pipeline triggered", "Step train_model starts", "Training executes", "Pipeline completes",
            "Pipeline triggered again", "Step train_model starts", "Training executes", "Pipeline completes",
        ])
        #expect(table.rows.allSatisfy { $0.parameter == "learning_rate" })
        #expect(table.rows.map(\.value) == ["float type, no value yet", "0.01", "0.01", "0.01", "0.01", "0.1", "0.1", "0.1", "0.1"])
        #expect(table.rows[2].effect == "train.py receives --lr 0.01 (script defaults: --epochs 10, --batch-size 32, --seed 7)")
        #expect(table.rows[6].effect == "train.py receives --lr 0.1 (script defaults: --epochs 10, --batch-size 32, --seed 7)")
        #expect(table.rows[3].effect.contains("learning rate 0.01"))
        #expect(table.rows[4].effect.hasPrefix("Outputs reflect learning_rate=0.01"))
        #expect(table.rows[5].effect == "New run with a different value")
    }

    @Test func trackerFollowsSeed002() throws {
        let session = try Self.seedSession()
        let tracker = VariableTracker.make(session.definition, results: session.results)
        #expect(tracker.columns == ["Start", "After Run 1", "After Run 2", "Final"])
        #expect(tracker.rows.first == VariableTracker.Row(variable: "learning_rate", values: ["undefined", "0.01", "0.1", "0.1"]))
        let loss = try #require(tracker.rows.first { $0.variable == "final_loss" })
        #expect(loss.values[0] == "undefined")
        #expect(loss.values[1] != loss.values[2])
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let report = SessionReport(session: try Self.seedSession())
        let text = report.json().rendered(pretty: false)
        #expect(text.contains(#""rows":[{"step":1,"#))
        #expect(text.contains(#""tracker":{"columns":["Start","After Run 1","After Run 2","Final"],"rows":[{"variable":"learning_rate","values":["undefined","0.01","0.1","0.1"]}"#))
    }

    @Test func skippedAndFailedStepsGetTheirOwnRows() throws {
        var session = RunSession(definition: try RunEngineTests.bundled("conditional-train"))
        try session.run(ParameterRequest())
        let table = ExecutionTable.make(session.definition, results: session.results)
        #expect(table.rows.contains { $0.action == "Step train_model skipped" && $0.effect.contains("from the default") })
    }

    @Test func navigatorFollowsTypedCommands() {
        var navigator = ReplayNavigator(rowCount: 9)
        let script = ["", "n", "b", "g 7", "t", "x", "g 12", "q"]
        let shown = script.map { navigator.apply(ReplayNavigator.Command(typed: $0)) }
        #expect(shown[0] == .row(2))
        #expect(shown[1] == .row(3))
        #expect(shown[2] == .row(2))
        #expect(shown[3] == .row(7))
        #expect(shown[4] == .tracker(afterRow: 7))
        if case .message = shown[5] {} else { Issue.record("x should be refused") }
        if case .message = shown[6] {} else { Issue.record("row 12 does not exist") }
        #expect(shown[7] == .quit)
        var atEnd = ReplayNavigator(rowCount: 1)
        #expect(atEnd.apply(.next) == .finished)
    }

    @Test func runTextSplitsAtSpacesAndCommasButKeepsLists() throws {
        let parsed = try ExampleSessions.assignments(in: "learning_rate=0.01, epochs=5 sizes=[64, 32]")
        #expect(parsed.map(\.name) == ["learning_rate", "epochs", "sizes"])
        #expect(parsed.last?.text == "[64, 32]")
    }

    @Test func sweepGridMakesEveryCombination() {
        let grid = SweepGrid([ParameterAssignment(name: "learning_rate", text: "0.001,0.01,0.1"), ParameterAssignment(name: "batch_size", text: "16,32")])
        #expect(grid.count == 6)
        #expect(grid.summary() == "3 × 2 = 6 runs")
        #expect(grid.combinations.first?.map(\.text) == ["0.001", "16"])
        #expect(grid.combinations.last?.map(\.text) == ["0.1", "32"])
    }

    @Test func sweepRankingPutsDivergedRunsLast() throws {
        let definition = try RunEngineTests.bundled("train-lr")
        var results: [(String?, RunResult, [String])] = []
        for rate in ["5", "0.01", "0.1"] {
            var session = RunSession(definition: definition)
            results.append((nil, try session.run(ParameterRequest(assignments: [ParameterAssignment(name: "learning_rate", text: rate)])), [rate]))
        }
        let ranking = SweepRanking(results: results, axes: ["learning_rate"], sortBy: nil)
        #expect(ranking.key == "final_loss")
        #expect(ranking.entries.map(\.values) == [["0.1"], ["0.01"], ["5"]])
        #expect(ranking.verdict.contains("Best: learning_rate=0.1"))
        #expect(ranking.verdict.contains("Diverged: learning_rate=5"))
    }

    @Test func sweepTableShowsWhatDiffersAndNamesWhatDoesNot() throws {
        let definition = try RunEngineTests.bundled("three-steps")
        var results: [(String?, RunResult, [String])] = []
        for rate in ["0.01", "0.1"] {
            var session = RunSession(definition: definition)
            results.append((nil, try session.run(ParameterRequest(assignments: [ParameterAssignment(name: "learning_rate", text: rate)])), [rate]))
        }
        let ranking = SweepRanking(results: results, axes: ["learning_rate"], sortBy: nil)
        let titles = ranking.table.columns.map(\.title)
        #expect(titles.first == "Rank")
        #expect(!titles.contains("Run"), "no ids without records")
        #expect(titles.contains("final_loss"))
        #expect(!titles.contains("dataset"), "every run read the same dataset")
        #expect(ranking.sameInEveryRun?.contains("dataset data/train.csv") == true)
    }

    @Test func terminalTableStacksSeveralParametersOnePerLine() throws {
        var session = RunSession(definition: try RunEngineTests.bundled("three-steps"))
        try session.run(ParameterRequest(assignments: [ParameterAssignment(name: "batch_size", text: "64")]))
        let report = SessionReport(session: session)
        let triggered = try #require(report.table.rows.first { $0.kind == .pipelineTriggered })
        #expect(triggered.parameter == "learning_rate, batch_size, epochs", "other formats keep one line")
        let cells = try #require(report.executionTerminalTable.rows.first { $0[1] == "Pipeline triggered" })
        #expect(cells[2] == "learning_rate\nbatch_size\nepochs")
        #expect(cells[3] == "0.01\n64\n10")
        #expect(report.text(width: 120, style: .ascii).contains("| batch_size    | 64 "))
    }
}
