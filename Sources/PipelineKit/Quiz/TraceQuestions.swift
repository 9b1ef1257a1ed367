import Foundation

/// Questions about a run session, answered by the engine: the quiz shows the execution table
/// the engine builds, and lint proves each answer agrees with it.
public enum TraceQuestions {
    /// Runs the question's session and returns its report (table and tracker).
    public static func report(for trace: Question.Trace, currentDirectory: String = "/") throws(DiagnosticError) -> SessionReport {
        let definition = try PipelineSource.load(trace.pipeline, currentDirectory: currentDirectory).definition
        var session = RunSession(definition: definition)
        for run in trace.runs {
            let assignments: [ParameterAssignment]
            do { assignments = try ExampleSessions.assignments(in: run) } catch { throw DiagnosticError(error.diagnostic()) }
            try session.run(ParameterRequest(assignments: assignments))
        }
        return SessionReport(session: session)
    }

    /// The text the right option must say, worked out from the table; nil without a check.
    public static func expectedAnswer(_ check: Question.Trace.Check, in table: ExecutionTable) -> String? {
        switch check {
        case .valueAtRow(let row):
            return row <= table.rows.count ? table.rows[row - 1].value : nil
        case .firstCompletion:
            return table.rows.first { $0.kind == .pipelineCompleted }.map { "\($0.step)" }
        case .trainingRowsOfRun(let run):
            // The rows where that run's steps receive and use the value.
            let rows = table.rows.filter { $0.run == run && ($0.kind == .stepStarted || $0.kind == .stepExecuted) }
            return rows.map { String($0.step) }.joined(separator: ",")
        }
    }

    /// Whether the option's text states the expected answer: the same value, or the same row numbers.
    public static func agrees(_ optionText: String, with expected: String, check: Question.Trace.Check) -> Bool {
        switch check {
        case .valueAtRow: return optionText.trimmingCharacters(in: .whitespaces) == expected
        case .firstCompletion, .trainingRowsOfRun:
            let numbers = optionText.split { !$0.isNumber }.map(String.init)
            return numbers.joined(separator: ",") == expected
        }
    }
}
