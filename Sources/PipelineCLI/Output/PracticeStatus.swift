import PipelineKit

/// Whether a lesson's practice questions were passed, from the learner's saved quiz progress.
enum PracticeStatus {
    /// `passed`, `3 of 5 right`, `not yet`, or `—` when the lesson has no quiz.
    static func describe(_ lesson: Lesson, terminal: Terminal, quizzes: QuizCatalog? = nil) -> String {
        let ids = questionIDs(for: lesson, in: quizzes ?? terminal.curriculum.quizzes)
        guard !ids.isEmpty else { return "—" }
        // Unreadable progress is not "not yet": say it is unknown (the quiz itself says why).
        guard let progress = try? ProgressStore.resolve(environment: terminal.environment).load().progress else { return "unknown (progress unreadable)" }
        if progress.passed(ids) { return "passed ✓" }
        let right = ids.count { progress.questions[$0]?.lastCorrect == true }
        return progress.answered(ids) == 0 ? "not yet" : "\(right) of \(ids.count) right"
    }

    /// The lesson's questions: those of its bank tagged with its id, or the whole bank.
    static func questionIDs(for lesson: Lesson, in catalog: QuizCatalog) -> [String] {
        let questions = catalog.banks.filter { lesson.quiz.contains($0.id) }.flatMap(\.questions)
            + catalog.banks.flatMap(\.questions).filter { lesson.quiz.contains($0.id) }
        let tagged = questions.filter { $0.tags.contains(lesson.id) }
        return (tagged.isEmpty ? questions : tagged).map(\.id)
    }
}
