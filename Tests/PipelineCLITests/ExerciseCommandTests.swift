import Foundation
import Testing
@testable import PipelineCLI

@Suite struct ExerciseCommandTests {
    @Test func progressThatCannotBeSavedIsAWarningAndTheCommandStillAnswers() throws {
        let directory = try CLIHarness.temporaryDirectory().path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A file where the state folder should be: nothing can be saved in it.
        try Data().write(to: URL(fileURLWithPath: directory + "/state"))
        let env = ["PIPELINE_STATE_DIR": directory + "/state/inner", "NO_COLOR": "1"]
        func run(_ arguments: [String]) -> CLIHarness.Outcome {
            CLIHarness.run(arguments, width: 200, environment: env, directory: directory)
        }
        #expect(run(["exercise", "start", "misspelled-reference"]).err.contains("warning: cannot save practice progress"))
        let check = run(["exercise", "check"])
        #expect(check.status == 1 && check.out.contains("learning_rte"), "the check still reports: \(check.out)")
        #expect(check.err.contains("warning: cannot save practice progress") && check.err.contains("Not a directory") && check.err.contains("PIPELINE_STATE_DIR"), "\(check.err)")
        let hint = run(["exercise", "hint"])
        #expect(hint.out.contains("Hint 1 of 3") && hint.err.contains("warning: cannot save practice progress"))
        let lesson = run(["lesson", "show", "purpose", "--no-pause"])
        #expect(lesson.status == 0 && lesson.err.contains("warning: cannot save quiz progress"), "\(lesson.err)")
    }

    @Test func startCheckHintAndDoneAsALearnerWould() throws {
        let directory = try CLIHarness.temporaryDirectory().path
        let env = ["PIPELINE_STATE_DIR": directory + "/state", "NO_COLOR": "1"]
        func run(_ arguments: [String], in folder: String = directory) -> CLIHarness.Outcome {
            CLIHarness.run(["exercise"] + arguments, width: 200, environment: env, directory: folder)
        }
        let start = run(["start", "misspelled-reference"])
        #expect(start.status == 0, "\(start.err)")
        #expect(start.out.contains("Your files are in pipeline-exercises/misspelled-reference/: pipeline.yaml"))
        let file = directory + "/pipeline-exercises/misspelled-reference/pipeline.yaml"
        #expect(FileManager.default.fileExists(atPath: directory + "/pipeline-exercises/misspelled-reference/TASK.md"))
        #expect(run(["start", "misspelled-reference"]).status == 2, "a started exercise is never overwritten by start")

        let broken = run(["check"])
        #expect(broken.status == 1)
        #expect(broken.out.contains("pipeline-exercises/misspelled-reference/pipeline.yaml:12:20: error: step 'train_model' refers to parameters.learning_rte, which is not declared"))
        #expect(!broken.out.contains("reference solution"))

        let hint = run(["hint"])
        #expect(hint.out.contains("Hint 1 of 3 (a nudge)"))
        #expect(!hint.out.contains("Hint 2"))
        #expect(run(["hint", "misspelled-reference"]).out.contains("Hint 2 of 3 (the rule)"))

        // A hard-coded value does not pass: the check runs values the learner does not see.
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "${{ parameters.learning_rte }}", with: "0.01").write(toFile: file, atomically: true, encoding: .utf8)
        let hardCoded = run(["check"], in: directory + "/pipeline-exercises/misspelled-reference")
        #expect(hardCoded.status == 1)
        #expect(hardCoded.out.contains("train_model received '--lr 0.01', not '--lr 0.1'"))

        try text.replacingOccurrences(of: "learning_rte", with: "learning_rate").write(toFile: file, atomically: true, encoding: .utf8)
        let fixed = run(["check", "misspelled-reference"])
        #expect(fixed.status == 0, "\(fixed.out)")
        #expect(fixed.out.contains("Done!"))
        #expect(fixed.out.contains("The reference solution's pipeline.yaml:"))

        let list = run(["list"])
        #expect(list.out.contains("done ✓ (3 checks, 2 hints)"))
        #expect(list.out.contains("1 of 8 done."))
        let welcome = CLIHarness.run([], width: 200, environment: env, directory: directory)
        #expect(welcome.out.contains("Exercises: 1 of 8 done (3 checks, 2 hints)"))

        let reset = run(["reset", "misspelled-reference"])
        #expect(reset.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("learning_rte"))
    }

    @Test func refusesUnknownOrUnstartedExercises() throws {
        let directory = try CLIHarness.temporaryDirectory().path
        let env = ["PIPELINE_STATE_DIR": directory + "/state"]
        let unknown = CLIHarness.run(["exercise", "start", "misspeled-reference"], environment: env, directory: directory)
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("did you mean 'misspelled-reference'?"))
        let notStarted = CLIHarness.run(["exercise", "check", "sweep-size"], environment: env, directory: directory)
        #expect(notStarted.status == 2)
        #expect(notStarted.err.contains("exercise 'sweep-size' is not started in this folder"))
        let none = CLIHarness.run(["exercise", "hint"], environment: env, directory: directory)
        #expect(none.status == 2)
        #expect(none.err.contains("start one with 'pipeline exercise start ID'"))
    }

    @Test func lintPassesOnTheBundledSetAndFailsOnABrokenOne() throws {
        let bundled = CLIHarness.run(["exercise", "lint"])
        #expect(bundled.status == 0, "\(bundled.err)")
        #expect(bundled.out.contains("8 exercises: each broken file fails check as intended and each reference solution passes."))

        // A teacher's exercise whose "broken" file already works.
        let folder = try CLIHarness.temporaryDirectory()
        let exercise = folder.appendingPathComponent("too-easy")
        try FileManager.default.createDirectory(at: exercise.appendingPathComponent("solution"), withIntermediateDirectories: true)
        let pipeline = "pipeline:\n  name: t\n  parameters:\n    - name: learning_rate\n      type: float\n  steps:\n    - train_model:\n        run: train.py\n        args: --lr ${{ parameters.learning_rate }}\n"
        try pipeline.write(to: exercise.appendingPathComponent("pipeline.yaml"), atomically: true, encoding: .utf8)
        try pipeline.write(to: exercise.appendingPathComponent("solution/pipeline.yaml"), atomically: true, encoding: .utf8)
        let description = """
        {"id": "too-easy", "title": "t", "lesson": "step-by-step", "idea": "i", "task": "t", "files": ["pipeline.yaml"],
         "hints": ["a", "b", "c"], "broken_fails": "x",
         "expectations": [{"says": "the step receives the rate", "cases": [{"runs": [{"learning_rate": "0.3"}]}], "receives": {"train_model": "--lr {learning_rate}"}}]}
        """
        try description.write(to: exercise.appendingPathComponent("exercise.json"), atomically: true, encoding: .utf8)
        let linted = CLIHarness.run(["exercise", "lint", folder.path])
        #expect(linted.status == 1)
        #expect(linted.err.contains("exercise too-easy: the broken files pass check"))
        #expect(linted.err.contains("problem in 1 exercise.") || linted.err.contains("problems in 1 exercise."), "one exercise is singular: \(linted.err)")
    }
}
