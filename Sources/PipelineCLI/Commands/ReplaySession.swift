import PipelineKit

/// A replay checked before it plays: the pipeline loaded and every run's values resolved.
struct ReplaySession {
    var definition: PipelineDefinition
    var requests: [ParameterRequest]
    /// What the replay says before it plays a session nobody chose (no --run and no values):
    /// the bundled example session and its values.
    var announcement: String?
    /// Secrets whose values were typed on the command line (`--param` or `--run`).
    var warnings: [Diagnostic] = []

    /// Loads the pipeline and checks every run; problems from all runs are reported together,
    /// each prefixed with its run number.
    static func prepare(_ pipeline: String, runs: [String], base: ParameterOptions, terminal: Terminal,
                        reading: EngineFileOptions = EngineFileOptions()) throws(PreparedRun.Failure) -> ReplaySession {
        let loaded = try PreparedRun.load(pipeline, terminal: terminal, reading: reading)
        // Values given without --run make one run with those values; nothing given plays the example session.
        let givesValues = !base.assignments.isEmpty || base.paramsFile != nil || base.environment != nil
        let example = runs.isEmpty && !givesValues ? ExampleSessions.runs(for: loaded.definition) : nil
        let texts = runs.isEmpty ? (example ?? [""]) : runs
        let announcement = example.map {
            "Playing the example session of \(loaded.definition.name): \(ExampleSessions.summary(of: $0)); pass --run to choose your own.\n"
        }
        let baseRequest: ParameterRequest
        var sources = [loaded.file: loaded.text]
        do {
            baseRequest = try base.request(terminal: terminal, sources: &sources)
        } catch {
            throw PreparedRun.Failure(diagnostics: error.diagnostics, sources: sources, pipelineFile: loaded.file)
        }
        var requests: [ParameterRequest] = []
        var problems: [Diagnostic] = []
        for (index, text) in (texts.isEmpty ? [""] : texts).enumerated() {
            var request = baseRequest
            do {
                let own = try ExampleSessions.assignments(in: text)
                // A value both in --param and in a --run would silently lose one of them: refuse it.
                for assignment in own where base.assignments.contains(where: { $0.name == assignment.name }) {
                    problems.append(Diagnostic(.error, "run \(index + 1): '\(assignment.name)' is given both by --param and by --run",
                                               hint: "give it in one place: --param sets it for every run, --run for that run only"))
                }
                request.assignments += own
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
        guard problems.isEmpty else { throw PreparedRun.Failure(diagnostics: problems, sources: sources, pipelineFile: loaded.file) }
        return ReplaySession(definition: loaded.definition, requests: requests, announcement: announcement,
                             warnings: SecretExposure.warnings(for: loaded.definition, assignments: requests.flatMap(\.assignments)))
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
