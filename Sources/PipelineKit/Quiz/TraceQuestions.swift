import Foundation

/// Questions about a run session, answered by the engine: the quiz shows the execution table
/// the engine builds, and lint proves each answer agrees with it.
public enum TraceQuestions {
    /// Runs the question's session and returns its report (table and tracker).
    ///
    /// - Parameters:
    ///   - curriculum: where pipeline names are found (built-in and course pipelines).
    ///   - base: the folder a relative pipeline path resolves against when the trace does not
    ///     name its own (`trace.folder`, set for a course's bank or a bank file).
    public static func report(for trace: Question.Trace, curriculum: Curriculum = Curriculum(), base: String = "/") throws(DiagnosticError) -> SessionReport {
        try session(for: trace, curriculum: curriculum, base: base).report
    }

    /// The session's pipeline and report, for checking answers against the parameters' types.
    static func session(for trace: Question.Trace, curriculum: Curriculum, base: String) throws(DiagnosticError) -> (definition: PipelineDefinition, report: SessionReport) {
        let definition = try curriculum.load(trace.pipeline, base: trace.folder ?? base)
        var session = RunSession(definition: definition)
        for run in trace.runs {
            let assignments: [ParameterAssignment]
            do { assignments = try ExampleSessions.assignments(in: run) } catch { throw DiagnosticError(error.diagnostic()) }
            try session.run(ParameterRequest(assignments: assignments))
        }
        return (definition, SessionReport(session: session))
    }

    /// The text the right option must say, worked out from the table; nil without a check.
    static func expectedAnswer(_ check: Question.Trace.Check, in table: ExecutionTable) -> String? {
        switch check {
        case .valueAtRow(let row):
            return table.rows.indices.contains(row - 1) ? table.rows[row - 1].value : nil
        case .parameterAtRow(let row, let parameter):
            guard table.rows.indices.contains(row - 1) else { return nil }
            let cells = table.rows[row - 1]
            return cells.parameters.firstIndex(of: parameter).flatMap { cells.values.indices.contains($0) ? cells.values[$0] : nil }
        case .firstCompletion:
            return table.rows.first { $0.kind == .pipelineCompleted }.map { "\($0.step)" }
        case .trainingRowsOfRun(let run):
            // The rows where that run's steps receive and use the value.
            let rows = table.rows.filter { $0.run == run && ($0.kind == .stepStarted || $0.kind == .stepExecuted) }
            return rows.map { String($0.step) }.joined(separator: ",")
        }
    }
}
