/// Every run of a replay, sweep or rerun, validated and resolved up front: nothing runs if one
/// of them is invalid, and each run is resolved once.
public struct RunBatch: Sendable {
    /// One run: what was asked for, and the values it resolved to.
    public struct Run: Sendable {
        var request: ParameterRequest
        var resolution: ParameterResolver.Resolution
    }

    public let definition: PipelineDefinition
    public let runs: [Run]

    /// Resolves every request; problems from all runs are reported together, each prefixed with
    /// its run number when there are several runs.
    ///
    /// - Complexity: O(r · (p + a)) for r runs of p parameters and a supplied values.
    /// - Throws: `DiagnosticError` listing every problem of every run.
    public static func prepare(_ definition: PipelineDefinition, requests: [ParameterRequest]) throws(DiagnosticError) -> RunBatch {
        var runs: [Run] = []
        var problems: [Diagnostic] = []
        for (index, request) in requests.enumerated() {
            do {
                runs.append(Run(request: request, resolution: try ParameterResolver.resolve(definition, request: request)))
            } catch {
                problems += error.diagnostics.map { numbered($0, run: index + 1, of: requests.count) }
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return RunBatch(definition: definition, runs: runs)
    }

    /// `run 2: …` when a batch has several runs; the diagnostic as it is otherwise.
    public static func numbered(_ diagnostic: Diagnostic, run: Int, of count: Int) -> Diagnostic {
        guard count > 1 else { return diagnostic }
        var copy = diagnostic
        copy.message = "run \(run): " + copy.message
        return copy
    }
}
