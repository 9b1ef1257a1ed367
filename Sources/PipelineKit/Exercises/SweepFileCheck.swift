/// Checks a sweep written in one of a learner's files: how many runs it makes, which values
/// it sweeps, and that every run of it succeeds with the real engine. The file is read by the
/// caller's `SweepReader` (the executable reads its own command line syntax).
enum SweepFileCheck {
    static func check(_ sweep: ExerciseExpectation.SweepCheck, files: [String: String], definition: PipelineDefinition,
                      readSweep: SweepReader, displayName: (String) -> String) -> [String] {
        guard let text = files[sweep.file] else { return ["\(displayName(sweep.file)) is missing"] }
        let (assignments, problems) = readSweep(text, displayName(sweep.file))
        var found = problems
        guard found.isEmpty else { return found }
        let grid = SweepGrid(assignments)
        if grid.count != sweep.runs {
            found.append("the sweep makes \(grid.count) run\(grid.count == 1 ? "" : "s") (\(grid.summary())), not \(sweep.runs)")
        }
        let swept = Dictionary(grid.axes.map { ($0.name, $0.values) }, uniquingKeysWith: +)
        for (name, values) in sweep.varies.sorted(by: { $0.key < $1.key }) where Set(swept[name] ?? []) != Set(values) {
            found.append("it sweeps \(name) over " + (swept[name].map { $0.joined(separator: ", ") } ?? "nothing") + ", not " + values.joined(separator: ", "))
        }
        for name in swept.keys.sorted() where sweep.varies[name] == nil {
            found.append("it also sweeps \(name), which multiplies the runs; leave it out and it keeps its default")
        }
        guard found.isEmpty else { return found }
        var session = RunSession(definition: definition)
        for combination in grid.combinations {
            do {
                let result = try session.run(ParameterRequest(assignments: combination))
                if result.status != .succeeded {
                    found.append("the run with " + combination.map { "\($0.name)=\($0.text)" }.joined(separator: " ") + " failed")
                }
            } catch {
                found.append("the run with " + combination.map { "\($0.name)=\($0.text)" }.joined(separator: " ") + " was refused: "
                                + error.diagnostics.map(\.message).joined(separator: "; "))
            }
        }
        return found
    }
}

/// Reads the sweep a learner wrote (file text, the file's name for messages) into the
/// values each swept parameter takes, or the problems that stop it being read.
public typealias SweepReader = @Sendable (_ text: String, _ file: String) -> (assignments: [ParameterAssignment], problems: [String])
