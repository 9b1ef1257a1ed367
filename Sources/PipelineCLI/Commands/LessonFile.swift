import Foundation
import PipelineKit

/// A lesson named by its file (`lesson show course/lessons/07-hw3.md`) rather than its id.
enum LessonFile {
    /// Why a lesson file could not be read: the problems and the text to quote under them.
    struct Failure: Error {
        var diagnostics: [Diagnostic]
        var sources: [String: String]
    }

    /// Whether `argument` names a lesson file rather than an id: a path, or a `.md` name
    /// (a lesson id has neither a `/` nor an extension).
    static func names(_ argument: String) -> Bool {
        argument.contains("/") || argument.hasSuffix(".md")
    }

    /// Reads and loads the lesson file.
    static func load(_ argument: String, terminal: Terminal) throws(Failure) -> Lesson {
        let source: SourceText
        do {
            source = try SourceText.load(path: terminal.path(argument), displayName: argument)
        } catch {
            throw Failure(diagnostics: [error.diagnostic], sources: [:])
        }
        do {
            return try LessonLoader.load(text: source.text, file: argument)
        } catch {
            throw Failure(diagnostics: error.diagnostics, sources: [argument: source.text])
        }
    }

    /// The folder a lesson's pipeline paths resolve against: its course's folder for a course
    /// lesson or a lesson file inside a course, the file's own folder for a lone file, and
    /// the current folder for a built-in lesson (which names pipelines only).
    static func folder(of lesson: Lesson, terminal: Terminal) -> String {
        let curriculum = terminal.curriculum
        if curriculum.isCourseLesson(lesson), let course = curriculum.course { return course.root }
        let path = terminal.path(lesson.file)
        guard FileManager.default.fileExists(atPath: path) else { return terminal.currentDirectory }
        if let course = terminal.course, path.hasPrefix(course.root + "/") { return course.root }
        return Course.enclosing(file: path, currentDirectory: "/") ?? URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
    }
}
