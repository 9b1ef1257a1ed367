import PipelineKit

/// The learning path: lessons in order with whether their practice was passed.
enum LessonPath {
    static func table(_ catalog: LessonCatalog, terminal: Terminal, ascii: Bool = false) -> String {
        let quizzes = terminal.curriculum.quizzes
        let rows = catalog.lessons.map { lesson -> [String] in
            [String(lesson.order), lesson.id, lesson.title, lesson.minutes.map { "\($0) min" } ?? "",
             PracticeStatus.describe(lesson, terminal: terminal, quizzes: quizzes)]
        }
        let table = TextTable(columns: [TextTable.Column(title: "#", alignment: .right)] + ["Lesson", "Title", "Time", "Practice"].map { TextTable.Column(title: $0) },
                              rows: rows)
        var out = table.renderText(width: terminal.tableWidth, style: ascii || !terminal.stdoutIsTerminal ? .ascii : .box)
        for problem in catalog.problems { out += "warning: \(problem)\n" }
        out += "Read one: pipeline lesson show \(catalog.lessons.first?.id ?? "ID")\n"
        return out
    }

    /// `quiz --bank BANK --tag LESSON` when the bank has questions tagged with the lesson's id,
    /// `quiz --bank BANK` otherwise.
    static func practiceArguments(_ lesson: Lesson, quizzes: QuizCatalog) -> [String] {
        guard let bank = lesson.quiz.first else { return ["quiz", "--tag", lesson.id] }
        let tagged = quizzes.banks.first { $0.id == bank }?.questions.contains { $0.tags.contains(lesson.id) } ?? false
        return ["quiz", "--bank", bank] + (tagged ? ["--tag", lesson.id] : [])
    }

    /// Notes in the learner's progress that a lesson was read to its end, so the welcome's
    /// "Try next" moves on; a progress file that cannot be written costs only that note, and
    /// a warning says so.
    static func markRead(_ lesson: Lesson, terminal: Terminal) {
        do {
            try ProgressStore.resolve(environment: terminal.environment).update { $0.markRead(lesson.id) }
        } catch {
            SavedProgress.warn(error.diagnostic, terminal)
        }
    }
}
