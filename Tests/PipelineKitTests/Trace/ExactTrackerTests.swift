import Foundation
import Testing
@testable import PipelineKit

/// The tracker and the replay panel hold only what each run received or produced.
@Suite struct ExactTrackerTests {
    /// Training, then an evaluation that `do_eval` can skip (Fixtures/Pipelines/optional-eval.yaml).
    static func optionalEvaluation() throws -> String {
        let url = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/Pipelines/optional-eval.yaml"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func session(_ runs: [[ParameterAssignment]]) throws -> RunSession {
        let definition = try DefinitionLoader.load(text: optionalEvaluation(), file: "optional-eval.yaml")
        var session = RunSession(definition: definition)
        for run in runs { try session.run(ParameterRequest(assignments: run)) }
        return session
    }

    @Test func aSkippedStepsOutputsAreSkippedNotCarriedOver() throws {
        let session = try Self.session([[], [ParameterAssignment(name: "do_eval", text: "false")]])
        let tracker = VariableTracker.make(session.definition, results: session.results)
        let loss = try #require(tracker.rows.first { $0.variable == "validation_loss" })
        let passed = try #require(tracker.rows.first { $0.variable == "passed" })
        #expect(loss.values[1] != "skipped" && Double(loss.values[1]) != nil)
        #expect(loss.values[2] == "skipped", "run 2 skipped evaluation: \(loss.values)")
        #expect(loss.values[3] == "skipped", "Final is the last run's value")
        #expect(passed.values[2] == "skipped")
    }

    @Test func aSecondRunWithFewerOutputsShowsUndefined() throws {
        let definition = try DefinitionLoader.load(text: """
        pipeline:
          parameters:
            - name: model
              type: string
          steps:
            - train:
                run: train.py
                args: --model ${{ parameters.model }}
        """, file: "two.yaml")
        var session = RunSession(definition: definition)
        let first = try session.run(ParameterRequest(assignments: [ParameterAssignment(name: "model", text: "a")]))
        let tracker = VariableTracker.make(parameters: ["model"], results: [first, RunResult(
            pipeline: "two", status: .succeeded, parameters: first.parameters, steps: [], outputs: [], events: [], seconds: 0)])
        let loss = try #require(tracker.rows.first { $0.kind == VariableTracker.Row.Kind.output })
        #expect(loss.values[2] == VariableTracker.undefined)
    }

    @Test func thePanelShowsOnlyWhatIsKnownAtThatRowOfThatRun() throws {
        var session = RunSession(definition: try RunEngineTests.bundled("train-lr"))
        try session.run(ParameterRequest(assignments: [ParameterAssignment(name: "learning_rate", text: "0.01")]))
        try session.run(ParameterRequest(assignments: [ParameterAssignment(name: "learning_rate", text: "0.1")]))
        let report = SessionReport(session: session)
        let row4 = Dictionary(uniqueKeysWithValues: report.panel(atRow: 4).map { ($0.variable, $0.value) })
        #expect(row4["learning_rate"] == "0.01")
        #expect(row4["final_loss"] == "4.1125")
        for row in [6, 7] {
            let panel = Dictionary(uniqueKeysWithValues: report.panel(atRow: row).map { ($0.variable, $0.value) })
            #expect(panel["learning_rate"] == "0.1")
            #expect(panel["final_loss"] == VariableTracker.undefined, "row \(row) of run 2 has no loss yet, not run 1's")
        }
        let row8 = Dictionary(uniqueKeysWithValues: report.panel(atRow: 8).map { ($0.variable, $0.value) })
        #expect(row8["final_loss"] == "0.2175")
    }

    @Test func thePanelSaysSkippedOnceTheSkipHasPlayed() throws {
        let session = try Self.session([[], [ParameterAssignment(name: "do_eval", text: "false")]])
        let report = SessionReport(session: session)
        let skipRow = try #require(report.table.rows.first { $0.kind == .stepSkipped })
        let before = Dictionary(uniqueKeysWithValues: report.panel(atRow: skipRow.step - 1).map { ($0.variable, $0.value) })
        let at = Dictionary(uniqueKeysWithValues: report.panel(atRow: skipRow.step).map { ($0.variable, $0.value) })
        #expect(before["validation_loss"] == VariableTracker.undefined)
        #expect(at["validation_loss"] == "skipped")
    }
}
