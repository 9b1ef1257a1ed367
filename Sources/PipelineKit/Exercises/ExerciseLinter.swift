/// Checks exercises a teacher wrote: the description is complete, there are three hint tiers,
/// the lesson exists, every broken file fails `check` with the message the exercise names,
/// and every reference solution passes.
public enum ExerciseLinter {
    /// Problems found across the catalog, each naming its exercise.
    ///
    /// - Parameter lessonIDs: the lessons an exercise may name; `nil` skips that check.
    /// - Parameter readSweep: reads sweep files, as `ExerciseChecker.check` does.
    /// - Parameter descriptions: each exercise's `exercise.json` by id, so a problem points at
    ///   the key it is about (`lesson`, `hints`, `expectations`); without it, problems carry no location.
    public static func lint(_ catalog: ExerciseCatalog, lessonIDs: Set<String>?, readSweep: SweepReader,
                            descriptions: [String: SourceText] = [:]) -> [Diagnostic] {
        var problems = catalog.problems
        var seen: Set<String> = []
        for exercise in catalog.exercises {
            let id = exercise.id
            let description = exercise.description
            func problem(_ message: String, hint: String, key: String = "id") {
                let location = descriptions[id].map { Curriculum.location(ofKey: key, in: $0.text, file: $0.file) }
                problems.append(Diagnostic(.error, at: location, "exercise \(id): " + message, hint: hint))
            }
            if !seen.insert(id).inserted { problem("the id is used twice", hint: "give each exercise its own id") }
            if description.hints.count != 3 {
                problem("has \(description.hints.count) hints, not 3", hint: "write a nudge, then the rule, then the lines to change", key: "hints")
            }
            if let lessonIDs, !lessonIDs.contains(description.lesson) {
                problem("names the lesson '\(description.lesson)', which does not exist", hint: "lessons: " + lessonIDs.sorted().joined(separator: ", "), key: "lesson")
            }
            if description.expectations.isEmpty { problem("has no expectations", hint: "say what the fixed file must do", key: "expectations") }
            for (index, expectation) in description.expectations.enumerated()
            where expectation.parameter == nil && (expectation.cases ?? []).isEmpty && expectation.sweep == nil {
                problem("expectation \(index + 1) checks nothing", hint: "give it a parameter, cases or a sweep", key: "expectations")
            }
            guard !exercise.broken.isEmpty, !exercise.solution.isEmpty else { continue }
            let broken = ExerciseChecker.check(exercise, files: exercise.broken, readSweep: readSweep)
            if broken.passed {
                problem("the broken files pass check", hint: "an exercise must start broken; check the expectations", key: "expectations")
            } else if !broken.failureText.contains(description.brokenFails) {
                problem("the broken files fail, but not with '\(description.brokenFails)'; they fail with: "
                        + broken.failureText.replacingOccurrences(of: "\n", with: " / "),
                        hint: "set broken_fails to text from the intended failure", key: "broken_fails")
            }
            let solved = ExerciseChecker.check(exercise, files: exercise.solution, readSweep: readSweep)
            if !solved.passed {
                problem("the reference solution fails check: " + solved.failureText.replacingOccurrences(of: "\n", with: " / "),
                        hint: "fix the solution or the expectation", key: "expectations")
            }
        }
        return problems
    }
}
