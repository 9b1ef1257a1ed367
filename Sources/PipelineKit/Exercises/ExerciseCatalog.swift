import Foundation

/// The fix-it exercises: each a folder `ID/` holding `exercise.json`, the broken files and a
/// `solution/` folder. The bundled set is compiled into the binary from `lessons/exercises/`;
/// a teacher's folder can be read from disk the same way.
public struct ExerciseCatalog: Sendable {
    public var exercises: [Exercise]
    /// Folders that could not be read as exercises.
    public var problems: [Diagnostic]

    /// The exercises bundled into the binary, in lesson order.
    public static func bundled() -> ExerciseCatalog {
        let prefix = "lessons/exercises/"
        var files: [String: String] = [:]
        for path in EmbeddedContent.paths where path.hasPrefix(prefix) {
            files[String(path.dropFirst(prefix.count))] = EmbeddedContent.text(atPath: path)
        }
        return ExerciseCatalog(files: files, root: "lessons/exercises")
    }

    /// The exercises in a folder on disk (a folder of exercise folders).
    public static func load(directory: String) -> ExerciseCatalog {
        var files: [String: String] = [:]
        let root = URL(fileURLWithPath: directory)
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
                // Exercise files are small; a file too big to be one is left for the linter to name.
                if let text = try? SourceText.load(path: url.path, displayName: relative).text { files[relative] = text }
            }
        }
        return ExerciseCatalog(files: files, root: directory)
    }

    /// Builds the catalog from files keyed `ID/exercise.json`, `ID/pipeline.yaml`, `ID/solution/pipeline.yaml`.
    init(files: [String: String], root: String) {
        var exercises: [Exercise] = []
        var problems: [Diagnostic] = []
        // Files beside the exercise folders (a README for teachers) are not exercises.
        let folders = Set(files.keys.filter { $0.contains("/") }.compactMap { $0.split(separator: "/").first.map(String.init) }).sorted()
        for folder in folders {
            let where_ = "\(root)/\(folder)/exercise.json"
            guard let json = files["\(folder)/exercise.json"] else {
                problems.append(Diagnostic(.error, "\(root)/\(folder) has no exercise.json", hint: "every exercise folder needs one; see lessons/exercises/README.md"))
                continue
            }
            let (read, found) = ExerciseLoader.load(json, file: where_)
            problems += found
            guard let description = read else { continue }
            if description.id != folder {
                problems.append(Diagnostic(.error, at: Curriculum.location(ofKey: "id", in: json, file: where_),
                                           "the id is '\(description.id)' but the folder is '\(folder)'", hint: "make them the same"))
            }
            var broken: [String: String] = [:]
            var solution: [String: String] = [:]
            for name in description.files {
                let listed = Curriculum.location(ofKey: "files", in: json, file: where_)
                if let text = files["\(folder)/\(name)"] { broken[name] = text } else {
                    problems.append(Diagnostic(.error, at: listed, "\(root)/\(folder)/\(name) is missing", hint: "exercise.json lists it under files"))
                }
                if let text = files["\(folder)/solution/\(name)"] { solution[name] = text } else {
                    problems.append(Diagnostic(.error, at: listed, "\(root)/\(folder)/solution/\(name) is missing", hint: "the reference solution needs every file the learner edits"))
                }
            }
            exercises.append(Exercise(description: description, broken: broken, solution: solution))
        }
        let order = Dictionary(LessonCatalog.bundled().lessons.map { ($0.id, $0.order) }, uniquingKeysWith: min)
        self.exercises = exercises.sorted { (order[$0.description.lesson] ?? .max, $0.id) < (order[$1.description.lesson] ?? .max, $1.id) }
        self.problems = problems
    }

    /// The exercise with this id.
    public func exercise(_ id: String) -> Exercise? {
        exercises.first { $0.id == id }
    }
}
