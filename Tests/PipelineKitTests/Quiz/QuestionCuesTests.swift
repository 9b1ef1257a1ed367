import Testing
@testable import PipelineKit

@Suite struct QuestionCuesTests {
    /// A single-choice question with the given option texts, keyed `answer`.
    static func single(_ id: String, _ texts: [String], answer: String = "A", hint: String? = "Think it through.") -> String {
        let keys = ["A", "B", "C", "D"]
        let options = texts.enumerated().map { #"{"key": "\#(keys[$0])", "text": "\#($1)", "rationale": "r"}"# }.joined(separator: ", ")
        let hintField = hint.map { #", "hint": "\#($0)""# } ?? ""
        return #"{"id": "\#(id)", "type": "single", "stem": "s", "options": [\#(options)], "answer": "\#(answer)"\#(hintField), "solution": {"steps": ["s"], "final_answer": "f", "quick_check": "q"}, "mistakes": ["m"]}"#
    }

    static func trueFalse(_ id: String, _ stem: String, answer: String) -> String {
        #"{"id": "\#(id)", "type": "true_false", "stem": "\#(stem)", "options": [{"key": "A", "text": "True", "rationale": "r"}, {"key": "B", "text": "False", "rationale": "r"}], "answer": "\#(answer)", "hint": "h", "solution": {"steps": ["s"], "final_answer": "f", "quick_check": "q"}, "mistakes": ["m"]}"#
    }

    func warnings(_ questions: [String]) -> [String] {
        QuizLinter(lessons: [], pipelines: []).lint([("bank.json", QuizTests.bank(questions.joined(separator: ", ")))])
            .filter { $0.severity == .warning }.map(\.message)
    }

    @Test func aMissingHintIsACue() {
        #expect(warnings([Self.single("q1", ["aa", "bb", "cc"], hint: nil)]) == ["question 'q1' has no hint"])
    }

    @Test func aHintThatQuotesTheAnswerIsACue() {
        let found = warnings([Self.single("q1", ["the registry", "the gateway", "the UI"], hint: "It is the registry.")])
        #expect(found == ["the hint of question 'q1' quotes its answer ('the registry')"])
    }

    @Test func anAnswerMuchLongerThanEveryOtherOptionIsACue() {
        let long = Self.single("q1", ["Values are resolved at run time from a secret store and never typed", "Typed in", "Logged", "Copied"])
        #expect(warnings([long]).contains { $0.hasPrefix("the answer of question 'q1' is 67 characters long, at least 1.5×") })
        // Short options are not judged by ratio alone: "12" against "7" is no cue.
        #expect(warnings([Self.single("q2", ["12", "7", "4", "1"])]).isEmpty)
    }

    @Test func theLongestOptionKeyedTooOftenIsACue() {
        let longestKeyed = (1...4).map { Self.single("l\($0)", ["the right and longest", "short one", "another", "third"]) }
        let found = warnings(longestKeyed)
        #expect(found.contains { $0.contains("the right answer is the longest option in 4 of 4 single-choice questions (100%)") })
        let mixed = (1...4).map { Self.single("m\($0)", ["right", "a longer wrong one", "wrong", "other"], answer: "A") }
            + [Self.single("m5", ["the right and longest", "short one", "another", "third"])]
        #expect(!warnings(mixed).contains { $0.contains("longest option") })
    }

    @Test func keysPiledOnOneLetterAreACue() {
        let allA = (1...8).map { Self.single("k\($0)", ["aaa", "bbb", "ccc", "ddd"], answer: "A") }
        #expect(warnings(allA).contains { $0.contains("the keys of the 8 four-option questions are A 8 (100%), B 0 (0%), C 0 (0%), D 0 (0%); each letter should key 15–35% (1–3 of them)") })
        let spread = zip(1...8, ["A", "B", "C", "D", "A", "B", "C", "D"]).map { Self.single("s\($0)", ["aaa", "bbb", "ccc", "ddd"], answer: $1) }
        #expect(!warnings(spread).contains { $0.contains("four-option") })
    }

    @Test func trueFalseAnswersThatFollowTheirWordingAreACue() {
        let cued = [Self.trueFalse("t1", "Parameters always multiply run time.", answer: "B"),
                    Self.trueFalse("t2", "A value can come from the environment.", answer: "A"),
                    Self.trueFalse("t3", "You must edit code to change behaviour.", answer: "B")]
        #expect(warnings(cued).contains { $0.contains("3 of 3 true/false answers follow their wording") })
        let mixed = [Self.trueFalse("u1", "A chain never speeds up with more workers.", answer: "A"),
                     Self.trueFalse("u2", "A typed secret is usually safe once redacted.", answer: "B"),
                     Self.trueFalse("u3", "You must edit code to change behaviour.", answer: "B")]
        #expect(!warnings(mixed).contains { $0.contains("true/false") })
    }

    @Test func absoluteWordsOnlyInWrongOptionsAreACue() {
        let cued = (1...3).map { Self.single("a\($0)", ["the right one", "it always fails", "never at all", "only on Mondays"], answer: "A") }
        #expect(warnings(cued).contains { $0.contains("appear in wrong options only (3 questions)") })
    }

    @Test func theBundledBanksHaveNoCues() {
        for bank in QuizCatalog.bundled().banks {
            #expect(QuestionCues.check(bank).isEmpty, "\(bank.id): \(QuestionCues.check(bank).map(\.message))")
            for question in bank.questions {
                #expect(QuestionCues.check(question).isEmpty, "\(question.id)")
            }
        }
    }
}
