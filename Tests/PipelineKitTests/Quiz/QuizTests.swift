import Foundation
import Testing
@testable import PipelineKit

@Suite struct QuizTests {
    static func bank(_ questions: String, id: String = "b") -> String {
        #"{"id": "\#(id)", "title": "T", "questions": [\#(questions)]}"#
    }

    static let good = #"{"id": "q1", "type": "single", "stem": "Pick A", "options": [{"key": "A", "text": "a", "rationale": "r"}, {"key": "B", "text": "b", "rationale": "r"}, {"key": "C", "text": "c", "rationale": "r"}], "answer": "A", "hint": "h", "solution": {"steps": ["s"], "final_answer": "A", "quick_check": "q"}, "mistakes": ["m"]}"#

    func lint(_ text: String, file: String = "bank.json") -> [Diagnostic] {
        QuizLinter(lessons: [], pipelines: ["train-lr"]).lint([(file, text)])
    }

    @Test func theBundledBanksPassLint() {
        let catalog = QuizCatalog.bundled()
        #expect(catalog.banks.map(\.id) == ["parameterized-runs", "self-service-platform", "complexity", "sweeps", "production"])
        let files = EmbeddedContent.paths(under: "quizzes/", withExtension: "json").filter { !$0.hasSuffix(".schema.json") }
            .compactMap { path in EmbeddedContent.text(atPath: path).map { (path, $0) } }
        let linter = QuizLinter(lessons: Set(LessonCatalog.bundled().lessons.map(\.id)), pipelines: Set(PipelineSource.allBundledNames))
        #expect(linter.lint(files).isEmpty, "\(linter.lint(files).map(\.description))")
    }

    @Test func aCompleteBankHasNoFindings() {
        #expect(lint(Self.bank(Self.good)).isEmpty)
    }

    static let rules: [Example<String>] = [
        Example("{ not json", gives: "expected"),
        Example(#"{"title": "T", "questions": [\#(good)]}"#, gives: "the bank has no 'id'"),
        Example(bank(good.replacingOccurrences(of: #""answer": "A""#, with: #""answer": "E""#)), gives: "has answer 'E', which is not one of its options"),
        Example(bank(good + ", " + good), gives: "question id 'q1' is used twice"),
        Example(bank(good.replacingOccurrences(of: #"{"key": "C", "text": "c", "rationale": "r"}"#, with: "").replacingOccurrences(of: #""rationale": "r"}, ]"#, with: #""rationale": "r"}]"#)), gives: "needs at least 3"),
        Example(bank(good.replacingOccurrences(of: #""text": "b""#, with: #""text": "a""#)), gives: "two options with the same text"),
        Example(bank(good.replacingOccurrences(of: #""stem": "Pick A""#, with: #""stem": "  ""#)), gives: "question 'q1' has an empty stem"),
        Example(bank(good.replacingOccurrences(of: #""text": "b""#, with: #""text": " ""#)), gives: "option B of question 'q1' has no text"),
        Example(bank(good.replacingOccurrences(of: #""type": "single""#, with: #""type": "multi""#)), gives: "unknown question type 'multi'"),
        Example(bank(good.replacingOccurrences(of: #""stem""#, with: #""stme""#)), gives: "unknown key 'stme' in a question"),
        Example(bank(good.replacingOccurrences(of: #""mistakes": ["m"]"#, with: #""trace": {"pipeline": "nope", "runs": [""]}"#)), gives: "replays pipeline 'nope', which is no built-in pipeline"),
        Example(bank(good.replacingOccurrences(of: #""mistakes": ["m"]"#, with: #""trace": {"pipeline": "train-lr", "runs": ["learning_rate=0.01"], "check": {"kind": "value_at_row", "row": 2}}"#)), gives: "but row 2 of the engine's execution table passes 0.01"),
    ]

    @Test(arguments: rules)
    func lintReportsEachRule(_ rule: Example<String>) {
        let found = lint(rule.input)
        #expect(found.contains { $0.message.contains(rule.expected) && $0.location?.file == "bank.json" }, "\(found.map(\.description))")
    }

    @Test func missingRationalesAreWarnings() {
        let found = lint(Self.bank(Self.good.replacingOccurrences(of: #", "rationale": "r""#, with: "")))
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func duplicateIdsAcrossBanksAreFound() {
        let found = QuizLinter(lessons: [], pipelines: []).lint([("a.json", Self.bank(Self.good, id: "a")), ("b.json", Self.bank(Self.good, id: "b"))])
        #expect(found.contains { $0.message.contains("question id 'q1' is used twice (first at a.json") })
    }

    @Test func everyTraceQuestionAgreesWithTheEngine() throws {
        let traced = QuizCatalog.bundled().banks.flatMap(\.questions).filter { $0.trace?.check != nil }
        #expect(traced.count == 3)
        for question in traced {
            let trace = try #require(question.trace)
            let session = try TraceQuestions.session(for: trace, curriculum: Curriculum(), base: "/")
            #expect(TraceAnswer.problems(question, trace: trace, report: session.report, definition: session.definition).isEmpty, "\(question.id)")
        }
    }

    @Test func scoringCountsRightAnswers() throws {
        let bank = try QuizBankLoader.bank(text: Self.bank(Self.good + ", " + Self.good.replacingOccurrences(of: "q1", with: "q2")), file: "b.json")
        var session = QuizSession(questions: bank.questions)
        session.answer(.options(["A"]))
        session.answer(.options(["B"]))
        #expect(session.score == 1)
        #expect(session.answers.map(\.isCorrect) == [true, false])
        #expect(session.items[0].resolve("a") == .options(["A"]))
        #expect(session.items[0].resolve("2") == .options(["B"]))
        #expect(session.items[0].resolve("x") == nil)
    }

    @Test func theSameSeedGivesTheSameShuffle() {
        let questions = QuizCatalog.bundled().banks[0].questions
        let first = QuizSession(questions: questions, shuffle: true, seed: 7)
        let again = QuizSession(questions: questions, shuffle: true, seed: 7)
        let other = QuizSession(questions: questions, shuffle: true, seed: 8)
        #expect(first.items.map(\.question.id) == again.items.map(\.question.id))
        #expect(first.items.map { $0.options.map(\.original) } == again.items.map { $0.options.map(\.original) })
        #expect(first.items.map(\.question.id) != other.items.map(\.question.id))
        // A question that must keep its order keeps it.
        let fixed = first.items.first { !$0.question.shuffle }
        #expect(fixed?.options.map(\.original) == fixed?.question.options.map(\.key))
        // The right answer follows its option wherever it moved.
        for item in first.items where item.question.kind != .multiple { #expect(item.option(displayed: item.correctKeys[0])?.text == item.question.correctOption?.text) }
    }

    @Test func progressMovesBoxesAndKnowsWhatWasPassed() {
        var progress = QuizProgress()
        progress.record("a", correct: true)
        progress.record("a", correct: true)
        progress.record("b", correct: false)
        progress.record("c", correct: true)
        progress.record("c", correct: false)
        #expect(progress.questions["a"]?.box == 3)
        #expect(progress.questions["b"]?.box == 1)
        #expect(progress.passed(["a"]))
        #expect(!progress.passed(["a", "b"]))
        let session = QuizSession(questions: QuizCatalog.bundled().banks[0].questions, first: ["pr-visual-step7"])
        #expect(session.items.first?.question.id == "pr-visual-step7")
    }

    @Test func generatedKeysFollowTheSeed() throws {
        let trace = Question.Trace(pipeline: "train-lr", runs: ["learning_rate=0.01", "learning_rate=0.1"])
        let report = try TraceQuestions.report(for: trace)
        var keys: [String] = []
        for seed in UInt64(1)...12 {
            let questions = QuestionGenerator(report: report, trace: trace).generate(3, seed: seed)
            for question in questions {
                let right = try #require(question.correctOption)
                #expect(question.solution?.finalAnswer?.hasPrefix("\(right.key): \(right.text)") == true)
                #expect(question.options.filter { $0.rationale?.hasPrefix("Right.") == true }.map(\.key) == question.rightKeys)
            }
            keys += questions.flatMap(\.rightKeys)
        }
        #expect(Set(keys).count >= 3, "keys: \(keys)")
        let again = QuestionGenerator(report: report, trace: trace).generate(3, seed: 5).map(\.rightKeys)
        #expect(again == QuestionGenerator(report: report, trace: trace).generate(3, seed: 5).map(\.rightKeys))
    }

    @Test func generatedQuestionsAreAnsweredByTheTrace() throws {
        let trace = Question.Trace(pipeline: "conditional-train", runs: ["train_model=false", "train_model=true mode=full"])
        let session = try TraceQuestions.session(for: trace, curriculum: Curriculum(), base: "/")
        let questions = QuestionGenerator(report: session.report, trace: trace).generate(8, seed: 3)
        #expect(questions.count >= 4)
        for question in questions {
            let errors = TraceAnswer.problems(question, trace: try #require(question.trace), report: session.report, definition: session.definition)
                .filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(question.stem): \(errors)")
            #expect(Set(question.options.map(\.text)).count == question.options.count)
        }
        #expect(questions.contains { $0.stem.contains("skipped") })
    }
}
