import Foundation

/// Checks a whole course folder: the manifest, every lesson (front matter, references,
/// predictions), every bank (the bank rules, trace answers against the engine), every
/// exercise (broken files fail, solutions pass), the references between them, and that no id
/// is already used by the course or by the built-in content. Every problem is collected.
public enum CourseLinter {
    /// Every problem in the course, each at the line it is about.
    ///
    /// - Parameter readSweep: reads an exercise's sweep file, as `pipeline exercise check` does.
    /// - Complexity: dominated by running each trace session and each exercise's checks.
    public static func lint(_ course: Course, readSweep: SweepReader) -> [Diagnostic] {
        let curriculum = Curriculum(course: course)
        let builtInLessons = LessonCatalog.bundled().lessons.map(\.id)
        let courseLessons = course.lessons
        let lessonIDs = Set(builtInLessons + courseLessons.lessons.map(\.id))
        var problems = course.problems

        var lessons = LessonLinter(pipelines: curriculum.pipelineNames, quizIDs: curriculum.quizIDs, required: [], seeds: nil)
        lessons.builtInIDs = Set(builtInLessons)
        lessons.folder = course.root
        problems += lessons.lint(courseLessons)

        var banks = QuizLinter(lessons: lessonIDs, pipelines: Set(curriculum.pipelineNames), currentDirectory: course.root)
        banks.curriculum = curriculum
        problems += banks.lint(course.bankFiles.map { ($0.file, $0.text) })

        let descriptions = Dictionary(course.exerciseFiles.map { source in
            (URL(fileURLWithPath: source.file).deletingLastPathComponent().lastPathComponent, source)
        }, uniquingKeysWith: { first, _ in first })
        problems += ExerciseLinter.lint(course.exercises, lessonIDs: lessonIDs, readSweep: readSweep, descriptions: descriptions)

        problems += curriculum.clashes(lessons: false)
        return problems
    }
}
