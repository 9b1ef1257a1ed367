import Foundation
import Testing
@testable import PipelineCLI

/// The example course in docs/examples/course through `--course`, and each cross-reference
/// error `course lint` must find in a copy broken one way at a time.
@Suite struct CourseCommandTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = package.appendingPathComponent("docs/examples/course").path

    /// A fresh copy of the example course, in a fresh folder that also serves as the state folder's parent.
    static func copy() throws -> (folder: String, course: String) {
        let folder = try CLIHarness.temporaryDirectory().path
        try FileManager.default.copyItem(atPath: example, toPath: folder + "/course")
        return (folder, folder + "/course")
    }

    static func run(_ arguments: [String], in folder: String, input: [String] = [], environment: [String: String] = [:]) -> CLIHarness.Outcome {
        CLIHarness.run(arguments, input: input, width: 200, environment: ["PIPELINE_STATE_DIR": folder + "/state", "NO_COLOR": "1"].merging(environment) { $1 },
                       directory: folder)
    }

    @Test func theExampleCourseWorksThroughCourse() throws {
        let (folder, _) = try Self.copy()
        let lint = Self.run(["--course", "course", "course", "lint"], in: folder)
        #expect(lint.status == 0, "\(lint.err)")
        #expect(lint.out.contains("1 lesson, 1 bank (3 questions), 1 pipeline, 1 exercise: 0 errors, 0 warnings."))

        let list = Self.run(["--course", "course", "lesson", "list"], in: folder)
        #expect(list.out.contains("hw3-batch-size") && list.out.contains("purpose"), "the course's lessons come beside the built-in ones")
        let show = Self.run(["--course", "course", "lesson", "show", "hw3-batch-size", "--no-pause"], in: folder)
        #expect(show.status == 0)
        #expect(show.out.contains("Homework 3, the batch size"))

        let file = Self.run(["lesson", "show", "course/lessons/01-batch-size.md", "--no-pause"], in: folder)
        #expect(file.status == 0, "a lesson file is shown without --course: \(file.err)")
        #expect(file.out.contains("Two values, one run"))
        let missing = Self.run(["lesson", "show", "course/lessons/nope.md"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.err.contains("course/lessons/nope.md"))

        let quiz = Self.run(["--course", "course", "quiz", "--bank", "hw3-batch-size", "--answers", "B,C,C"], in: folder)
        #expect(quiz.status == 0, "\(quiz.err)")
        #expect(quiz.out.contains("Execution table (from the engine)"), "the trace question shows its table")
        #expect(quiz.out.contains("Score: 3 of 3"))

        let run = Self.run(["--course", "course", "run", "batch-tune", "--param", "batch_size=16", "--no-record"], in: folder)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("train.py receives --lr 0.05 --batch-size 16"))

        let exercises = Self.run(["--course", "course", "exercise", "list"], in: folder)
        #expect(exercises.out.contains("batch-size-values"))
        let welcome = Self.run(["--course", "course"], in: folder)
        #expect(welcome.out.contains("Course: Tuning the batch size (homework 3) (course)"))
        #expect(welcome.out.contains("Homework 3, the batch size"))
    }

    @Test func referencesResolveAgainstTheCourseFromAnyFolder() throws {
        let (folder, course) = try Self.copy()
        // The lesson names its pipeline by a path inside the course; the learner is elsewhere.
        let lesson = course + "/lessons/01-batch-size.md"
        let text = try String(contentsOfFile: lesson, encoding: .utf8)
        try text.replacingOccurrences(of: "pipelines: [batch-tune]", with: "pipelines: [pipelines/batch-tune.yaml]").write(toFile: lesson, atomically: true, encoding: .utf8)
        let elsewhere = folder + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        let run = Self.run(["lesson", "run", "hw3-batch-size", "--no-pause", "--no-record"], in: elsewhere, environment: ["PIPELINE_COURSE": course])
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("== pipelines/batch-tune.yaml =="))
        #expect(run.out.contains("Variable tracker"))
        #expect(Self.run(["--course", course, "course", "lint"], in: elsewhere).status == 0)
        #expect(Self.run(["lesson", "lint", lesson], in: elsewhere).status == 0, "a lone file is checked within the course it sits in")
    }

    @Test func courseAfterTheCommandIsOneSlipWithTheLineToWrite() {
        let alone = CLIHarness.run(["quiz", "--course", "hw3"])
        #expect(alone.status == 2)
        #expect(alone.err.contains("'--course' is an option of pipeline itself") && alone.err.contains("write pipeline --course hw3 quiz"), "\(alone.err)")
        #expect(!alone.err.contains("unknown option '--course'"), "the same mistake is told once: \(alone.err)")
        let more = CLIHarness.run(["lesson", "list", "--course=hw3", "--bogus"])
        #expect(more.err.contains("write pipeline --course hw3 lesson") && more.err.contains("unknown option '--bogus'"), "other problems still come with it: \(more.err)")
    }

    @Test func aMissingCourseFolderIsBadInput() throws {
        let folder = try CLIHarness.temporaryDirectory().path
        let given = Self.run(["--course", "nowhere", "lesson", "list"], in: folder)
        #expect(given.status == 2)
        #expect(given.err.contains("the course folder 'nowhere' does not exist"))
        let fromEnvironment = Self.run(["lesson", "list"], in: folder, environment: ["PIPELINE_COURSE": "nowhere"])
        #expect(fromEnvironment.status == 2)
        #expect(fromEnvironment.err.contains("(from PIPELINE_COURSE)"))
        #expect(Self.run(["--course"], in: folder).status == 2)
    }

    /// One way to break the example course, and what lint must say, at which line.
    struct Break: Sendable, CustomStringConvertible {
        var file: String
        var from: String
        var to: String
        var message: String
        var location: String
        var description: String { message }
    }

    static let breaks: [Break] = [
        Break(file: "lessons/01-batch-size.md", from: "pipelines: [batch-tune]", to: "pipelines: [batch-tuner]",
              message: "lesson 'hw3-batch-size' runs pipeline 'batch-tuner', which does not exist", location: "lessons/01-batch-size.md:8:13"),
        Break(file: "lessons/01-batch-size.md", from: "quiz: hw3-batch-size", to: "quiz: hw3-batch",
              message: "lesson 'hw3-batch-size' practises 'hw3-batch', which is no bank or question id", location: "lessons/01-batch-size.md:9:7"),
        Break(file: "lessons/01-batch-size.md", from: "id: hw3-batch-size", to: "id: purpose",
              message: "lesson id 'purpose' is the id of a built-in lesson", location: "lessons/01-batch-size.md:2:5"),
        Break(file: "lessons/01-batch-size.md", from: "> Answer: B", to: "> Answer: E",
              message: "the prediction's answer 'E' is not one of its options (A, B, C)", location: "lessons/01-batch-size.md:24:11"),
        Break(file: "lessons/01-batch-size.md", from: "> Answer: B\n", to: "",
              message: "this prediction has no options or no 'Answer:' line", location: "lessons/01-batch-size.md:19:1"),
        Break(file: "quizzes/batch-size.json", from: #""lesson": "hw3-batch-size""#, to: #""lesson": "hw3-batch""#,
              message: "the bank names lesson 'hw3-batch', which does not exist", location: "quizzes/batch-size.json:5:3"),
        Break(file: "quizzes/batch-size.json", from: #""pipeline": "batch-tune""#, to: #""pipeline": "pipelines/batch-tuner.yaml""#,
              message: "cannot run: no pipeline file", location: "quizzes/batch-size.json:"),
        Break(file: "quizzes/batch-size.json", from: #""id": "hw3-default-fills-in""#, to: #""id": "pr-cli-syntax""#,
              message: "question id 'pr-cli-syntax' is also a question of the built-in bank 'parameterized-runs'", location: "quizzes/batch-size.json:7:5"),
        Break(file: "quizzes/batch-size.json", from: "\"answer\": \"C\",\n      \"hint\": \"Find which run", to: "\"answer\": \"B\",\n      \"hint\": \"Find which run",
              message: "question 'hw3-trace-batch-at-step' answers '16', but row 9 of the engine's execution table passes 64", location: "quizzes/batch-size.json:"),
        Break(file: "exercises/batch-size-values/exercise.json", from: #""lesson": "hw3-batch-size""#, to: #""lesson": "hw3""#,
              message: "exercise batch-size-values: names the lesson 'hw3', which does not exist", location: "exercises/batch-size-values/exercise.json:4:3"),
        Break(file: "course.yaml", from: "banks: [quizzes/batch-size.json]", to: "banks: [quizzes/batch.json]",
              message: "course.yaml lists banks 'quizzes/batch.json', which does not exist", location: "course.yaml:6:9"),
        Break(file: "course.yaml", from: "exercises: [exercises]", to: "exercise: [exercises]",
              message: "unknown key 'exercise' in course.yaml", location: "course.yaml:8:1"),
    ]

    @Test(arguments: breaks)
    func lintFindsEachBrokenReference(_ broken: Break) throws {
        let (folder, course) = try Self.copy()
        let path = course + "/" + broken.file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(broken.from), "the fixture changed: \(broken.from)")
        try text.replacingOccurrences(of: broken.from, with: broken.to).write(toFile: path, atomically: true, encoding: .utf8)
        let lint = Self.run(["course", "lint", "course"], in: folder)
        #expect(lint.status == 1, "\(lint.err)")
        let line = lint.err.split(separator: "\n").first { $0.contains(broken.message) }
        #expect(line?.hasPrefix("course/" + broken.location) == true, "\(lint.err)")
    }

    @Test func aQuizWhoseTableCannotBeBuiltIsRefused() throws {
        let (folder, course) = try Self.copy()
        let bank = course + "/quizzes/batch-size.json"
        let text = try String(contentsOfFile: bank, encoding: .utf8)
        try text.replacingOccurrences(of: #""pipeline": "batch-tune""#, with: #""pipeline": "pipelines/gone.yaml""#).write(toFile: bank, atomically: true, encoding: .utf8)
        let quiz = Self.run(["--course", "course", "quiz", "--bank", "hw3-batch-size", "--answers", "B,C,C"], in: folder)
        #expect(quiz.status == 2)
        #expect(quiz.err.contains("the table of question 'hw3-trace-batch-at-step' cannot be built: no pipeline file"))
        #expect(!quiz.out.contains("Score"), "no question is asked without its table")
    }

    @Test func aClashingCourseSaysPartIsLeftOut() throws {
        let (folder, course) = try Self.copy()
        try FileManager.default.copyItem(atPath: course + "/pipelines/batch-tune.yaml", toPath: course + "/pipelines/train-lr.yaml")
        let run = Self.run(["--course", "course", "run", "train-lr", "--param", "learning_rate=0.1", "--no-record"], in: folder)
        #expect(run.status == 0)
        #expect(run.err.contains("warning: the course in course has 1 problem, so part of it is left out"))
        #expect(run.out.contains("Running train-lr with learning_rate=0.1"), "the built-in pipeline keeps its name")
    }
}
