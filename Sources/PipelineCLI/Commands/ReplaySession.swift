import PipelineKit

/// A replay checked before it plays: the pipeline loaded and every run's values resolved.
struct ReplaySession {
    var definition: PipelineDefinition
    var requests: [ParameterRequest]

    /// Loads the pipeline and checks every run; problems from all runs are reported together,
    /// each prefixed with its run number.
    static func prepare(_ pipeline: String, runs: [String], base: ParameterOptions, terminal: Terminal) throws(PreparedRun.Failure) -> ReplaySession {
        let loaded = try PreparedRun.load(pipeline, terminal: terminal)
        let texts = runs.isEmpty ? ExampleSessions.runs(for: loaded.definition) : runs
        let baseRequest: ParameterRequest
        var sources = [loaded.file: loaded.text]
        do {
            baseRequest = try base.request(terminal: terminal, sources: &sources)
        } catch {
            throw PreparedRun.Failure(diagnostics: error.diagnostics, sources: sources)
        }
        var requests: [ParameterRequest] = []
        var problems: [Diagnostic] = []
        for (index, text) in (texts.isEmpty ? [""] : texts).enumerated() {
            var request = baseRequest
            do {
                request.assignments += try ExampleSessions.assignments(in: text)
                _ = try ParameterResolver.resolve(loaded.definition, request: request)
                requests.append(request)
            } catch let error as ParameterError {
                problems.append(prefixed(error.diagnostic(), run: index + 1, of: texts.count))
            } catch let error as DiagnosticError {
                problems += error.diagnostics.map { prefixed($0, run: index + 1, of: texts.count) }
            } catch {
                problems.append(Diagnostic(.error, "run \(index + 1): \(error)"))
            }
        }
        guard problems.isEmpty else { throw PreparedRun.Failure(diagnostics: problems, sources: sources) }
        return ReplaySession(definition: loaded.definition, requests: requests)
    }

    private static func prefixed(_ diagnostic: Diagnostic, run: Int, of count: Int) -> Diagnostic {
        guard count > 1 else { return diagnostic }
        var copy = diagnostic
        copy.message = "run \(run): " + copy.message
        return copy
    }

    /// Plays every run in order in one session (they share the model registry).
    func play(isCancelled: () -> Bool) -> RunSession {
        var session = RunSession(definition: definition)
        for request in requests {
            // Each request was resolved once already; a failure here cannot happen.
            guard (try? session.run(request, isCancelled: isCancelled)) != nil else { break }
            if session.results.last?.status == .cancelled { break }
        }
        return session
    }
}
