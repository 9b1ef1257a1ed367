import PipelineKit

/// Whether a lesson's practice questions were passed, from the learner's quiz progress.
/// Quiz progress arrives with the quiz work; until it does every lesson reads "not yet".
enum PracticeStatus {
    static func describe(_ lesson: Lesson, terminal: Terminal) -> String {
        lesson.quiz.isEmpty ? "—" : "not yet"
    }
}
