import Foundation

extension Course {
    /// The manifest's file name, at the course folder's root.
    static let manifestName = "course.yaml"

    /// The kinds of content a course holds, each with its conventional subfolder.
    enum Part: String, CaseIterable {
        case lessons, banks, pipelines, exercises

        /// The subfolder read when the manifest does not list this part.
        var folder: String { self == .banks ? "quizzes" : rawValue }

        /// Whether a file in a listed folder belongs to this part.
        func accepts(_ fileName: String) -> Bool {
            switch self {
            case .lessons: return fileName.hasSuffix(".md") && fileName != "README.md"
            case .banks: return fileName.hasSuffix(".json") && !fileName.hasSuffix(".schema.json")
            case .pipelines: return [".yaml", ".yml", ".json"].contains { fileName.hasSuffix($0) }
            case .exercises: return false
            }
        }
    }

    /// Reads the course in `directory` (as typed; relative to `currentDirectory`).
    ///
    /// Problems with single files or the manifest are collected in `problems`; only a folder
    /// that cannot be read at all is thrown.
    /// - Throws: `DiagnosticError` when `directory` is missing or not a folder.
    public static func load(_ directory: String, currentDirectory: String) throws(DiagnosticError) -> Course {
        let absolute = URL(fileURLWithPath: directory.hasPrefix("/") ? directory : currentDirectory + "/" + directory).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            throw DiagnosticError(Diagnostic(.error, "the course folder '\(directory)' does not exist",
                                             hint: "name a folder holding lessons/, quizzes/, pipelines/ or exercises/ (or a course.yaml)"))
        }
        guard isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(.error, "'\(directory)' is a file, not a course folder",
                                             hint: "name the folder that holds the course's lessons/, quizzes/, pipelines/ and exercises/"))
        }
        let name = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        var reader = CourseReader(name: name, root: absolute)
        return reader.read()
    }

    /// The course a lone file belongs to: the nearest folder above it with a `course.yaml`, or
    /// the parent of a conventional subfolder (`lessons/`, `quizzes/`, …) it sits in; `nil` if none.
    public static func enclosing(file: String, currentDirectory: String) -> String? {
        let absolute = URL(fileURLWithPath: file.hasPrefix("/") ? file : currentDirectory + "/" + file).standardizedFileURL
        var folder = absolute.deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(manifestName).path) { return folder.path }
            folder = folder.deletingLastPathComponent()
        }
        let parent = absolute.deletingLastPathComponent()
        return Part.allCases.map(\.folder).contains(parent.lastPathComponent) ? parent.deletingLastPathComponent().path : nil
    }
}
