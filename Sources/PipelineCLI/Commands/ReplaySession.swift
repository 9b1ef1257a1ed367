import PipelineKit

/// A replay checked before it plays: the pipeline loaded and every run's values resolved.
struct ReplaySession {
    /// Every run, resolved once.
    var batch: RunBatch
    /// What the replay says before it plays a session nobody chose (no --run and no values):
    /// the bundled example session and its values.
    var announcement: String?
    /// Secrets whose values were typed on the command line (`--param` or `--run`).
    var warnings: [Diagnostic] = []

    var definition: PipelineDefinition { batch.definition }

    /// How a replay's runs are given: `--run` texts (or the example session's), or assignments
    /// already typed (a sweep's grid).
    enum Runs {
        case texts([String])
        case assignments([[ParameterAssignment]])
    }

    /// Loads the pipeline and checks every run; problems from all runs are reported together,
    /// each prefixed with its run number.
    static func prepare(_ pipeline: String, runs: Runs, base: ParameterOptions, terminal: Terminal,
                        reading: EngineFileOptions = EngineFileOptions()) throws(PreparedRun.Failure) -> ReplaySession {
        let loaded = try PreparedRun.load(pipeline, terminal: terminal, reading: reading)
        var problems: [Diagnostic] = []
        var announcement: String?
        // nil for a run whose text does not read as assignments (its problem is already noted).
        let perRun: [[ParameterAssignment]?]
        switch runs {
        case .assignments(let given):
            perRun = given.isEmpty ? [[]] : given
        case .texts(let given):
            // Values given without --run make one run with those values; nothing given plays the example session.
            let givesValues = !base.assignments.isEmpty || base.paramsFile != nil || base.environment != nil
            let example = given.isEmpty && !givesValues ? ExampleSessions.runs(for: loaded.definition) : nil
            announcement = example.map {
                TextWrapper.wrap("Playing the example session of \(loaded.definition.name): \(ExampleSessions.summary(of: $0)); pass --run to choose your own.",
                                 width: terminal.width, indent: 0, hanging: 2) + "\n"
            }
            let texts = given.isEmpty ? (example ?? [""]) : given
            var read: [[ParameterAssignment]?] = []
            for (index, text) in (texts.isEmpty ? [""] : texts).enumerated() {
                do {
                    read.append(try ExampleSessions.assignments(in: text))
                } catch {
                    problems.append(RunBatch.numbered(error.diagnostic(), run: index + 1, of: texts.count))
                    read.append(nil)
                }
            }
            perRun = read
        }
        let baseRequest: ParameterRequest
        var sources = [loaded.file: loaded.text]
        do {
            baseRequest = try base.request(terminal: terminal, sources: &sources)
        } catch {
            throw PreparedRun.Failure(diagnostics: error.diagnostics, sources: sources, pipelineFile: loaded.file)
        }
        var requests: [ParameterRequest] = []
        for (index, own) in perRun.enumerated() {
            guard let own else {
                requests.append(baseRequest)
                continue
            }
            // A value both in --param and in a --run would silently lose one of them: refuse it.
            for assignment in own where base.assignments.contains(where: { $0.name == assignment.name }) {
                problems.append(Diagnostic(.error, "run \(index + 1): '\(assignment.name)' is given both by --param and by --run",
                                           hint: "give it in one place: --param sets it for every run, --run for that run only"))
            }
            var request = baseRequest
            request.assignments += own
            requests.append(request)
        }
        var batch: RunBatch?
        do {
            batch = try RunBatch.prepare(loaded.definition, requests: requests)
        } catch {
            // A run whose text did not read has only that problem: its values were never given.
            let unread = Set(perRun.indices.filter { perRun[$0] == nil }.map { "run \($0 + 1): " })
            let onlyRunUnread = perRun.count == 1 && perRun[0] == nil
            problems += error.diagnostics.filter { diagnostic in !onlyRunUnread && !unread.contains { diagnostic.message.hasPrefix($0) } }
        }
        guard problems.isEmpty, let batch else { throw PreparedRun.Failure(diagnostics: problems, sources: sources, pipelineFile: loaded.file) }
        return ReplaySession(batch: batch, announcement: announcement,
                             warnings: SecretExposure.warnings(for: loaded.definition, assignments: requests.flatMap(\.assignments)))
    }

    /// Plays every run in order in one session (they share the model registry).
    func play(isCancelled: () -> Bool) -> RunSession {
        var session = RunSession(definition: definition)
        for run in batch.runs {
            session.run(run, isCancelled: isCancelled)
            if session.results.last?.status == .cancelled { break }
        }
        return session
    }
}
