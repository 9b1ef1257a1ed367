import Foundation
import PipelineKit

/// The exercise actions against the learner's folder `./pipeline-exercises/ID/` and their
/// saved progress.
struct ExerciseSession {
    let catalog: ExerciseCatalog
    let terminal: Terminal
    let color: ColorChoice

    static let folderName = "pipeline-exercises"
    static let tiers = ["a nudge", "the rule", "the lines to change"]

    private var style: Style { Style(enabled: terminal.colorsOut(color)) }
    private var store: PracticeStore { PracticeStore.resolve(environment: terminal.environment) }

    /// Saves a change to the practice progress. A save that fails is reported as a warning
    /// that names the state folder, never swallowed; the command's own result stands.
    @discardableResult
    private func save(_ change: (inout PracticeProgress) -> Void) -> PracticeProgress? {
        do {
            let (progress, warning) = try store.update(change)
            if let warning { SavedProgress.warn(warning, terminal) }
            return progress
        } catch {
            for problem in error.diagnostics { SavedProgress.warn(problem, terminal) }
            return nil
        }
    }

    // MARK: - list

    func list() -> Int32 {
        let progress = SavedProgress.practice(terminal)
        let rows = catalog.exercises.map { exercise -> [String] in
            let record = progress.exercises[exercise.id]
            let lesson = exercise.description.lesson
            return [exercise.id, lesson, exercise.description.title, status(exercise.id, record)]
        }
        let table = TextTable(columns: ["Exercise", "Lesson", "What is broken", "Your progress"].map { TextTable.Column(title: $0) }, rows: rows)
        let done = catalog.exercises.count { progress.exercises[$0.id]?.done == true }
        terminal.out.write(table.renderText(width: terminal.width, style: terminal.stdoutIsTerminal ? .box : .ascii))
        terminal.out.write("\(done) of \(catalog.exercises.count) done. Start one with: pipeline exercise start ID\n")
        return ExitCode.success
    }

    private func status(_ id: String, _ record: PracticeProgress.ExerciseRecord?) -> String {
        let started = FileManager.default.fileExists(atPath: folder(id))
        guard let record, record.done || record.attempts > 0 || record.hintsUsed > 0 || started else { return "not started" }
        let counts = "\(record.attempts) check\(record.attempts == 1 ? "" : "s"), \(record.hintsUsed) hint\(record.hintsUsed == 1 ? "" : "s")"
        return (record.done ? "done ✓" : "started") + " (" + counts + ")"
    }

    // MARK: - start, reset

    func start(_ id: String) -> Int32 {
        guard let exercise = find(id) else { return ExitCode.badInput }
        let path = folder(id)
        if FileManager.default.fileExists(atPath: path) {
            return fail("\(relative(path)) already exists: the exercise is started",
                        hint: "check it with 'pipeline exercise check \(id)', or start over with 'pipeline exercise reset \(id)'")
        }
        guard write(exercise) else { return ExitCode.failure }
        save { progress in
            if progress.exercises[id] == nil { progress.exercises[id] = PracticeProgress.ExerciseRecord() }
        }
        terminal.out.write(style.bold("Exercise \(id): \(exercise.description.title)") + " (lesson \(exercise.description.lesson))\n\n")
        terminal.out.write(TextWrapper.wrap(exercise.description.task, width: terminal.width, indent: 0) + "\n\n")
        terminal.out.write("Your files are in \(relative(path))/: " + exercise.description.files.joined(separator: ", ") + " (the task is in TASK.md).\n")
        terminal.out.write("Edit them, then:  pipeline exercise check \(id)\nStuck?            pipeline exercise hint \(id)\n")
        return ExitCode.success
    }

    func reset(_ id: String) -> Int32 {
        guard let exercise = find(id) else { return ExitCode.badInput }
        guard write(exercise) else { return ExitCode.failure }
        terminal.out.write("Put the broken files back in \(relative(folder(id)))/: " + exercise.description.files.joined(separator: ", ")
                           + ". Your checks, hints and done mark are kept.\n")
        return ExitCode.success
    }

    /// Writes the broken files and TASK.md into the exercise folder.
    private func write(_ exercise: Exercise) -> Bool {
        let path = folder(exercise.id)
        let task = "# \(exercise.description.title)\n\n\(exercise.description.task)\n\nCheck your fix: `pipeline exercise check \(exercise.id)`; "
            + "a hint: `pipeline exercise hint \(exercise.id)`.\n"
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for name in exercise.description.files {
                try AtomicFile.write(Data((exercise.broken[name] ?? "").utf8), to: URL(fileURLWithPath: path + "/" + name))
            }
            try AtomicFile.write(Data(task.utf8), to: URL(fileURLWithPath: path + "/TASK.md"))
            return true
        } catch {
            terminal.err.write(renderer.render(Diagnostic(.error, "cannot write the exercise into \(relative(path)): \(error)",
                                                          hint: "run it from a folder you can write to")))
            return false
        }
    }

    // MARK: - check, hint

    func check(_ id: String?) -> Int32 {
        guard let exercise = resolve(id) else { return ExitCode.badInput }
        let path = folder(exercise.id)
        var files: [String: String] = [:]
        for name in exercise.description.files {
            do { files[name] = try SourceText.load(path: path + "/" + name, displayName: relative(path + "/" + name)).text } catch {
                terminal.err.write(renderer.render(error.diagnostic))
                return ExitCode.badInput
            }
        }
        let report = ExerciseChecker.check(exercise, files: files, readSweep: SweepCommandLine.read, displayName: { relative(path + "/" + $0) })
        let record = save { progress in
            var record = progress.exercises[exercise.id] ?? PracticeProgress.ExerciseRecord()
            record.attempts += 1
            if report.passed { record.done = true }
            progress.exercises[exercise.id] = record
        }?.exercises[exercise.id]
        let sources = DiagnosticRenderer(sources: files.mapKeys { relative(path + "/" + $0) }, colored: style.enabled, consequence: nil)
        terminal.out.write(ExerciseReportText(report: report, style: style, width: terminal.width, renderer: sources)
            .render(exercise: exercise, attempt: record?.attempts))
        return report.passed ? ExitCode.success : ExitCode.failure
    }

    func hint(_ id: String?) -> Int32 {
        guard let exercise = resolve(id) else { return ExitCode.badInput }
        let hints = exercise.description.hints
        let shown = (save { progress in
            var record = progress.exercises[exercise.id] ?? PracticeProgress.ExerciseRecord()
            record.hintsUsed = min(hints.count, record.hintsUsed + 1)
            progress.exercises[exercise.id] = record
        }?.exercises[exercise.id]?.hintsUsed) ?? min(hints.count, (store.load().progress.exercises[exercise.id]?.hintsUsed ?? 0) + 1)
        for (index, hint) in hints.prefix(shown).enumerated() {
            let tier = index < Self.tiers.count ? " (\(Self.tiers[index]))" : ""
            terminal.out.write(style.bold("Hint \(index + 1) of \(hints.count)\(tier)") + "\n" + TextWrapper.wrap(hint, width: terminal.width, indent: 2) + "\n")
        }
        terminal.out.write(shown < hints.count ? "Still stuck? Run it again for the next hint.\n" : "That is the last hint.\n")
        return ExitCode.success
    }

    // MARK: - lint

    func lint(_ directory: String?) -> Int32 {
        let linted = directory.map { ExerciseCatalog.load(directory: terminal.path($0)) } ?? catalog
        if let directory, linted.exercises.isEmpty, linted.problems.isEmpty {
            return fail("no exercises in \(directory)", hint: "name a folder holding exercise folders (each with exercise.json)")
        }
        let problems = ExerciseLinter.lint(linted, lessonIDs: Set(terminal.curriculum.lessons.lessons.map(\.id)), readSweep: SweepCommandLine.read)
        guard problems.isEmpty else {
            terminal.err.write(renderer.render(problems))
            let count = linted.exercises.count
            terminal.err.write("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(count) exercise\(count == 1 ? "" : "s").\n")
            return ExitCode.failure
        }
        let count = linted.exercises.count
        terminal.out.write(count == 1 ? "1 exercise: its broken files fail check as intended and its reference solution passes.\n"
                                      : "\(count) exercises: each broken file fails check as intended and each reference solution passes.\n")
        return ExitCode.success
    }

    // MARK: - Finding exercises

    private var renderer: DiagnosticRenderer { DiagnosticRenderer(colored: terminal.colorsErr(color)) }

    private func folder(_ id: String) -> String {
        if let current = currentExercise, current == id { return terminal.currentDirectory }
        return terminal.currentDirectory + "/" + Self.folderName + "/" + id
    }

    private func relative(_ path: String) -> String {
        path.hasPrefix(terminal.currentDirectory + "/") ? String(path.dropFirst(terminal.currentDirectory.count + 1)) : path
    }

    /// The exercise whose folder the learner is in (`…/pipeline-exercises/ID`).
    private var currentExercise: String? {
        let parts = terminal.currentDirectory.split(separator: "/")
        guard parts.count >= 2, parts[parts.count - 2] == Self.folderName else { return nil }
        return String(parts[parts.count - 1])
    }

    private func find(_ id: String) -> Exercise? {
        if let exercise = catalog.exercise(id) { return exercise }
        let ids = catalog.exercises.map(\.id)
        _ = fail("there is no exercise '\(id)'", hint: NameSuggester.hint(for: id, in: ids, then: "exercises: " + ids.joined(separator: ", ")))
        return nil
    }

    /// The named exercise, the one whose folder the learner is in, or the only one started here;
    /// it must have been started.
    private func resolve(_ id: String?) -> Exercise? {
        let started = catalog.exercises.map(\.id).filter {
            FileManager.default.fileExists(atPath: terminal.currentDirectory + "/" + Self.folderName + "/" + $0)
        }
        guard let chosen = id ?? currentExercise ?? (started.count == 1 ? started.first : nil) else {
            _ = fail("which exercise? none is named" + (started.isEmpty ? ", and none is started in this folder" : ""),
                     hint: started.isEmpty ? "start one with 'pipeline exercise start ID' (see 'pipeline exercise list')"
                                           : "name one: " + started.joined(separator: ", "))
            return nil
        }
        guard let exercise = find(chosen) else { return nil }
        guard FileManager.default.fileExists(atPath: folder(chosen)) else {
            _ = fail("exercise '\(chosen)' is not started in this folder (no \(Self.folderName)/\(chosen)/ here)",
                     hint: "start it with 'pipeline exercise start \(chosen)', or run this from the folder where you started it")
            return nil
        }
        return exercise
    }

    private func fail(_ message: String, hint: String) -> Int32 {
        terminal.err.write(renderer.render(Diagnostic(.error, message, hint: hint)))
        return ExitCode.badInput
    }
}

private extension Dictionary where Key == String {
    func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
