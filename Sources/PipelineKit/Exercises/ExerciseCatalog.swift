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
            let description: Exercise.Description
            do {
                description = try JSONDecoder().decode(Exercise.Description.self, from: Data(json.utf8))
            } catch {
                problems.append(Diagnostic(.error, at: Self.location(of: error, in: json, file: where_), Self.describe(error),
                                           hint: "compare it with a bundled exercise.json"))
                continue
            }
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

    /// Where a decoding error is in the JSON text: the value at its coding path (the object
    /// missing a key), or the file's first line when the text is not JSON at all.
    static func location(of error: Error, in json: String, file: String) -> SourceLocation {
        let top = SourceLocation(file: file, line: 1, column: 1)
        guard let root = try? JSONReader.parse(json, file: file) else { return top }
        let codingPath: [CodingKey]
        switch error as? DecodingError {
        case .keyNotFound(_, let context)?, .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            codingPath = context.codingPath
        default:
            return top
        }
        var node = root
        for key in codingPath {
            if let index = key.intValue, let items = node.items, items.indices.contains(index) {
                node = items[index]
            } else if let child = node.entries?.first(where: { $0.key.text == key.stringValue }) {
                node = child.value
            } else {
                break
            }
        }
        return node.location
    }

    /// `missing key 'says' at expectations[2]`: a decoding error as a sentence.
    static func describe(_ error: Error) -> String {
        func path(_ codingPath: [CodingKey]) -> String {
            let text = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: return "missing key '\(key.stringValue)' at \(path(context.codingPath))"
        case .typeMismatch(let type, let context)?: return "\(path(context.codingPath)) should be \(type)"
        case .valueNotFound(let type, let context)?: return "\(path(context.codingPath)) should be \(type), not null"
        case .dataCorrupted(let context)?:
            return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context.codingPath)) has a value that is not allowed (\(context.debugDescription))"
        default: return "cannot be read: \(error)"
        }
    }
}
