import Testing
@testable import PipelineKit

@Suite struct LessonTests {
    static let prediction = "> **Predict:** Where do a run's values come from?\n> - A) From outside\n> - B) From the code\n> Answer: A\n"

    static func lesson(id: String = "intro", extra: String = "", body: String = "## Why\n\n\(prediction)\nOwn words here.\n") -> String {
        "---\nid: \(id)\ntitle: Intro\ntopic: parameterized-runs\nmode: purpose\norder: 1\npipelines: [train-lr]\nquiz: parameterized-runs\n\(extra)---\n\(body)"
    }

    @Test func readsFrontMatterAndBody() throws {
        let lesson = try LessonLoader.load(text: Self.lesson(), file: "01.md")
        #expect(lesson.id == "intro")
        #expect(lesson.pipelines == ["train-lr"])
        #expect(lesson.quiz == ["parameterized-runs"])
        #expect(lesson.body.contains("## Why"))
        #expect(lesson.bodyLine == 10)
    }

    @Test func frontMatterProblemsAreLocated() {
        let missing = #expect(throws: DiagnosticError.self) { try LessonLoader.load(text: "---\nid: x\nttle: y\n---\nbody", file: "x.md") }
        #expect(missing?.diagnostics.contains { $0.message == "unknown key 'ttle' in the front matter" && $0.hint?.contains("did you mean 'title'?") == true && $0.location?.line == 3 } == true)
        #expect(missing?.diagnostics.contains { $0.message == "the front matter has no 'topic'" } == true)
        #expect(throws: DiagnosticError.self) { try LessonLoader.load(text: "# no front matter", file: "x.md") }
        #expect(throws: DiagnosticError.self) { try LessonLoader.load(text: "---\nid: x\n", file: "x.md") }
    }

    func linter(seeds: [String: String]? = nil, required: [LessonLinter.RequiredSection] = []) -> LessonLinter {
        LessonLinter(pipelines: ["train-lr"], quizIDs: ["parameterized-runs"], required: required, seeds: seeds)
    }

    @Test func lintFindsDuplicateIds() {
        let catalog = LessonCatalog(files: [("a.md", Self.lesson()), ("b.md", Self.lesson())])
        #expect(linter().lint(catalog).contains { $0.message.contains("lesson id 'intro' is also used by a.md") })
    }

    @Test func lessonsThatShareAnOrderAreWarned() {
        let second = Self.lesson(id: "next")
        let problems = linter().lint(LessonCatalog(files: [("a.md", Self.lesson()), ("b.md", second)]))
        let shared = problems.filter { $0.message.contains("both have order 1") }
        #expect(shared.count == 1 && shared.first?.severity == .warning && shared.first?.location?.line == 6, "\(problems.map(\.description))")
        let apart = linter().lint(LessonCatalog(files: [("a.md", Self.lesson()), ("b.md", second.replacingOccurrences(of: "order: 1", with: "order: 2"))]))
        #expect(!apart.contains { $0.message.contains("both have order") })
    }

    @Test func lintFindsUnknownPipelinesAndQuizzes() {
        let catalog = LessonCatalog(files: [("a.md", Self.lesson().replacingOccurrences(of: "[train-lr]", with: "[nope]")
            .replacingOccurrences(of: "quiz: parameterized-runs", with: "quiz: nothing"))])
        let problems = linter().lint(catalog).map(\.message)
        #expect(problems.contains { $0.contains("runs pipeline 'nope', which does not exist") })
        #expect(problems.contains { $0.contains("practises 'nothing', which is no bank or question id") })
    }

    @Test func referenceErrorsPointAtTheirLine() {
        let text = Self.lesson().replacingOccurrences(of: "pipelines: [train-lr]", with: "pipelines:\n  - train-lr\n  - nope")
        let problems = linter().lint(LessonCatalog(files: [("a.md", text)]))
        let location = problems.first { $0.message.contains("runs pipeline 'nope'") }?.location
        #expect(location == SourceLocation(file: "a.md", line: 9, column: 5))
    }

    @Test func aTeachersLessonMayNotTakeABuiltInId() {
        var teacher = linter()
        teacher.builtInIDs = ["purpose"]
        let problems = teacher.lint(LessonCatalog(files: [("a.md", Self.lesson(id: "purpose"))]))
        #expect(problems.contains { $0.message == "lesson id 'purpose' is the id of a built-in lesson" && $0.location?.line == 2 && $0.location?.column == 5 })
    }

    @Test func lintFindsMissingSections() {
        let required = [LessonLinter.RequiredSection(seed: "003", section: "Myth busters", lesson: "intro", heading: "Myth busters")]
        let problems = linter(required: required).lint(LessonCatalog(files: [("a.md", Self.lesson())]))
        #expect(problems.contains { $0.message.contains("has no heading 'Myth busters'") })
    }

    @Test func lintFindsSentencesCopiedFromASeed() {
        let seed = "Parameters let you run the same pipeline with different inputs without changing the code."
        let copied = Self.lesson(body: "## Why\n\nAs the page says, parameters let you run the same pipeline with different inputs.\n")
        let problems = linter(seeds: ["000.txt": seed]).lint(LessonCatalog(files: [("a.md", copied)]))
        #expect(problems.contains { $0.message.contains("repeats a seed page word for word") && $0.location?.line == 12 })
        #expect(linter(seeds: ["000.txt": seed]).lint(LessonCatalog(files: [("a.md", Self.lesson())])).isEmpty)
    }

    @Test func lintWantsAPredictionInEveryLesson() {
        let without = Self.lesson(body: "## Why\n\nOwn words here.\n")
        let problems = linter().lint(LessonCatalog(files: [("a.md", without)]))
        #expect(problems.contains { $0.message == "lesson 'intro' asks no prediction" && $0.severity == .error && $0.location?.line == 1 })
        #expect(linter().lint(LessonCatalog(files: [("a.md", Self.lesson())])).isEmpty)
    }

    @Test func lintFindsMalformedPredictions() {
        let wrongKey = Self.lesson(body: "## Why\n\n" + Self.prediction.replacingOccurrences(of: "Answer: A", with: "Answer: E"))
        let problems = linter().lint(LessonCatalog(files: [("a.md", wrongKey)]))
        #expect(problems.contains { $0.message.contains("answer 'E' is not one of its options (A, B)") && $0.location?.line == 15 && $0.location?.column == 11 })
        let noAnswer = Self.lesson(body: "## Why\n\n> **Predict:** Where from?\n> - A) Outside\n")
        let missing = linter().lint(LessonCatalog(files: [("a.md", noAnswer)])).map(\.message)
        #expect(missing.contains { $0.contains("no options or no 'Answer:' line") })
        #expect(missing.contains { $0.contains("asks no prediction") })
    }

    @Test func overlapCountsEightWordsInARow() {
        let overlap = SeedOverlap(seedTexts: ["one two three four five six seven eight nine"])
        #expect(overlap.repeatedRun(in: "zero One two three four five six seven eight!") == "one two three four five six seven eight")
        #expect(overlap.repeatedRun(in: "one two three four five six seven") == nil)
    }
}
