import Testing
@testable import PipelineCLI
@testable import PipelineKit

@Suite struct ExerciseCheckerTests {
    static let ids = ["dataset-parameter", "misspelled-reference", "evaluation-default", "secret-from-environment",
                      "sweep-size", "type-and-range", "when-never-fires", "deploy-from-registry"]

    func exercise(_ id: String) throws -> Exercise {
        try #require(ExerciseCatalog.bundled().exercise(id))
    }

    @Test func bundlesAtLeastEightExercises() {
        let catalog = ExerciseCatalog.bundled()
        #expect(catalog.problems.isEmpty)
        #expect(Set(catalog.exercises.map(\.id)) == Set(Self.ids))
    }

    @Test(arguments: ids)
    func brokenFailsWithTheIntendedMessage(_ id: String) throws {
        let exercise = try exercise(id)
        let report = ExerciseChecker.check(exercise, files: exercise.broken, readSweep: SweepCommandLine.read)
        #expect(!report.passed)
        #expect(report.failureText.contains(exercise.description.brokenFails), "\(report.failureText)")
    }

    @Test func aSweepOfTheWrongSizeSaysWhatItMakes() throws {
        let exercise = try exercise("sweep-size")
        let report = ExerciseChecker.check(exercise, files: exercise.broken, readSweep: SweepCommandLine.read)
        // The grid's summary, never a function's description.
        #expect(report.failureText.contains("the sweep makes 27 runs (3 × 3 × 3 = 27 runs), not 3"), "\(report.failureText)")
    }

    @Test(arguments: ids)
    func referenceSolutionPasses(_ id: String) throws {
        let exercise = try exercise(id)
        let report = ExerciseChecker.check(exercise, files: exercise.solution, readSweep: SweepCommandLine.read)
        #expect(report.passed, "\(report.failureText)")
    }

    /// A shortcut a learner might take: deleting the part that fails or hard-coding one value.
    struct Shortcut: Sendable, CustomStringConvertible {
        var exercise: String
        var file = "pipeline.yaml"
        var replace: String
        var with: String
        var failure: String
        var description: String { "\(exercise): \(replace) → \(with)" }
    }

    @Test(arguments: [
        Shortcut(exercise: "misspelled-reference", replace: "--lr ${{ parameters.learning_rate }}", with: "--lr 0.01",
                 failure: "received '--lr 0.01', not '--lr 0.1'"),
        Shortcut(exercise: "evaluation-default", replace: "--threshold ${{ parameters.max_validation_loss }}", with: "--threshold 5",
                 failure: "received '--threshold 5', not '--threshold 0.01'"),
        Shortcut(exercise: "evaluation-default", replace: "      default: 5\n", with: "      default: 0.01\n",
                 failure: "not '--threshold 5'"),
        Shortcut(exercise: "dataset-parameter", replace: "--data ${{ parameters.data_path }}", with: "--data data/customers-2024.csv",
                 failure: "received '--data data/customers-2024.csv', not '--data data/eu/customers.csv'"),
        Shortcut(exercise: "when-never-fires", replace: "        when: ${{ parameters.mode == 'full' }}\n", with: "",
                 failure: "with mode=quick, register_model ran; it should have been skipped"),
        Shortcut(exercise: "deploy-from-registry", replace: "--from registry", with: "--from registry --version 2",
                 failure: "served_version is v2, but model_version is v3"),
        Shortcut(exercise: "type-and-range", replace: "      max: 1\n", with: "", failure: "with learning_rate=5, the run was accepted"),
        Shortcut(exercise: "secret-from-environment", replace: "      secret: true\n", with: "", failure: "api_key is not marked secret"),
        Shortcut(exercise: "sweep-size", file: "sweep.txt", replace: "0.001,0.01,0.1", with: "0.01,0.01,0.01",
                 failure: "it sweeps learning_rate over 0.01, 0.01, 0.01, not 0.001, 0.01, 0.1"),
    ])
    func shortcutsDoNotPass(_ shortcut: Shortcut) throws {
        let exercise = try exercise(shortcut.exercise)
        var files = exercise.solution
        let original = try #require(files[shortcut.file])
        #expect(original.contains(shortcut.replace))
        files[shortcut.file] = original.replacingOccurrences(of: shortcut.replace, with: shortcut.with)
        let report = ExerciseChecker.check(exercise, files: files, readSweep: SweepCommandLine.read)
        #expect(!report.passed)
        #expect(report.failureText.contains(shortcut.failure), "\(report.failureText)")
    }

    @Test func lintPassesOnTheBundledSet() {
        let lessons = Set(LessonCatalog.bundled().lessons.map(\.id))
        #expect(ExerciseLinter.lint(.bundled(), lessonIDs: lessons, readSweep: SweepCommandLine.read).isEmpty)
    }

    @Test func lintFindsAnExerciseThatIsNotBrokenOrNotSolved() throws {
        let exercise = try exercise("misspelled-reference")
        let broken = try #require(exercise.broken["pipeline.yaml"])
        let solution = try #require(exercise.solution["pipeline.yaml"])
        let json = try #require(EmbeddedContent.text(atPath: "lessons/exercises/misspelled-reference/exercise.json"))
        // The "broken" file is already fixed, the solution is the broken one, a hint is missing, the lesson is unknown.
        let catalog = ExerciseCatalog(files: [
            "misspelled-reference/exercise.json": json.replacingOccurrences(of: "\"step-by-step\"", with: "\"no-such-lesson\"")
                .replacingOccurrences(of: "\"Run it and read the error: it gives the file, line and column, and a suggestion.\",", with: ""),
            "misspelled-reference/pipeline.yaml": solution,
            "misspelled-reference/solution/pipeline.yaml": broken,
        ], root: "teacher")
        let problems = ExerciseLinter.lint(catalog, lessonIDs: ["step-by-step"], readSweep: SweepCommandLine.read).map(\.message)
        #expect(problems == [
            "exercise misspelled-reference: has 2 hints, not 3",
            "exercise misspelled-reference: names the lesson 'no-such-lesson', which does not exist",
            "exercise misspelled-reference: the broken files pass check",
            "exercise misspelled-reference: the reference solution fails check: step 'train_model' refers to parameters.learning_rte, which is not declared",
        ])
    }

    @Test func lintReportsAnUnreadableDescription() {
        let catalog = ExerciseCatalog(files: ["bad/exercise.json": "{\"id\": \"bad\"}", "bad/pipeline.yaml": ""], root: "teacher")
        // Every missing key is reported at once, not only the first.
        #expect(catalog.problems.map(\.message) == ["title", "lesson", "idea", "task", "broken_fails", "files", "hints", "expectations"].map { "the exercise has no '\($0)'" })
        #expect(catalog.problems.first?.location?.description == "teacher/bad/exercise.json:1:1")
        #expect(!ExerciseLinter.lint(catalog, lessonIDs: nil, readSweep: SweepCommandLine.read).isEmpty)
    }
}
