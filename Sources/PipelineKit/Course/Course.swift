import Foundation

/// A teacher's course: a folder of lessons, question banks, pipelines and exercises that
/// `pipeline --course DIR` serves beside the built-in ones.
///
/// The folder may hold a `course.yaml` manifest naming its title and its files; without one,
/// the conventional subfolders `lessons/`, `quizzes/`, `pipelines/` and `exercises/` are read.
/// References inside a course (a lesson's pipelines, a bank's lesson, a trace question's
/// pipeline) resolve against the course folder, never the current directory.
public struct Course: Sendable {
    /// A pipeline file of the course, runnable by its name (the file name without extension).
    public struct Pipeline: Equatable, Sendable {
        public var name: String
        /// Where the file is, absolute.
        var path: String
        /// The path shown in messages (the course folder as typed, then the file).
        public var file: String
    }

    /// The folder as the user named it, for messages (`docs/examples/course`).
    public var name: String
    /// The folder's absolute path.
    public var root: String
    /// The manifest's `title`, if any.
    var title: String?
    /// Lesson files, named for messages, with their text.
    public var lessonFiles: [SourceText]
    /// Question bank files, named for messages, with their text.
    public var bankFiles: [SourceText]
    public var pipelines: [Pipeline]
    public var exercises: ExerciseCatalog
    /// The exercise.json files, named for messages, with their text (for locating problems).
    var exerciseFiles: [SourceText]
    /// Problems reading the folder or its manifest: a listed file that is missing, an unknown key.
    var problems: [Diagnostic]
    /// The manifest, when the course has one.
    public var manifest: SourceText?

    /// The title to show: the manifest's, or the folder's name.
    public var displayTitle: String {
        title ?? URL(fileURLWithPath: root).lastPathComponent
    }

    /// Every file of the course by the name messages use, for quoting lines under problems.
    public var sources: [String: String] {
        let files = lessonFiles + bankFiles + exerciseFiles + (manifest.map { [$0] } ?? [])
        return Dictionary(files.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The lessons of the course alone.
    public var lessons: LessonCatalog {
        LessonCatalog(files: lessonFiles.map { ($0.file, $0.text) })
    }

    /// The banks of the course alone that load without errors, each resolving its references
    /// against the course folder, and the problems of those that do not.
    public var banks: QuizCatalog {
        var banks: [QuizBank] = []
        var problems: [Diagnostic] = []
        for source in bankFiles {
            let (loaded, found) = QuizBankLoader.load(text: source.text, file: source.file)
            let errors = found.filter { $0.severity == .error }
            problems += errors
            if let bank = loaded, errors.isEmpty { banks.append(bank.resolvingReferences(against: root)) }
        }
        return QuizCatalog(banks: banks, problems: problems)
    }
}
