import Foundation

/// Reads a course folder: its manifest if there is one, then the files of each part, listed
/// or conventional. Collects every problem instead of stopping at the first.
struct CourseReader {
    /// The manifest's keys.
    static let keys = ["title"] + Course.Part.allCases.map(\.rawValue)

    let name: String
    let root: String
    private(set) var problems: [Diagnostic] = []

    init(name: String, root: String) {
        self.name = name
        self.root = root
    }

    mutating func read() -> Course {
        var title: String?
        var listed: [Course.Part: [(path: String, location: SourceLocation)]] = [:]
        var manifest: SourceText?
        let manifestPath = root + "/" + Course.manifestName
        if FileManager.default.fileExists(atPath: manifestPath) {
            do {
                let source = try SourceText.load(path: manifestPath, displayName: display(Course.manifestName))
                manifest = source
                (title, listed) = readManifest(source)
            } catch {
                problems.append(error.diagnostic)
            }
        }
        var course = Course(name: name, root: root, title: title, lessonFiles: [], bankFiles: [], pipelines: [],
                            exercises: ExerciseCatalog(files: [:], root: name), exerciseFiles: [], problems: [], manifest: manifest)
        for part in Course.Part.allCases {
            let entries = listed[part] ?? conventional(part)
            for entry in entries {
                add(entry.path, location: entry.location, as: part, to: &course)
            }
        }
        course.problems = problems
        return course
    }

    // MARK: - The manifest

    /// The title and the listed paths of each part; problems are noted with their location.
    private mutating func readManifest(_ source: SourceText) -> (String?, [Course.Part: [(path: String, location: SourceLocation)]]) {
        let node: YAMLNode?
        do {
            node = try YAMLReader.parse(source.text, file: source.file)
        } catch {
            problems.append(error.diagnostic)
            return (nil, [:])
        }
        guard let node else { return (nil, [:]) }
        var decoder = NodeDecoder(shapeHint: "see docs/teaching.md for the keys of course.yaml")
        defer { problems += decoder.problems }
        guard let entries = decoder.mapping(node, what: "a mapping in course.yaml", hint: "write keys such as 'title: …' and 'lessons: [lessons]'") else {
            return (nil, [:])
        }
        decoder.checkKeys(entries, allowed: Self.keys, context: "course.yaml")
        let title = decoder.text(node["title"], key: "title", hint: "write title: My course")
        var listed: [Course.Part: [(path: String, location: SourceLocation)]] = [:]
        for part in Course.Part.allCases {
            guard let value = node[part.rawValue] else { continue }
            let hint = Hint("write \(part.rawValue): [\(part.folder)] (folders or files, relative to the course folder)")
            let before = decoder.problems.count
            let paths = decoder.texts(value, key: part.rawValue, what: "a path or a list of paths", item: "a path", allowsOne: true, hint: hint)
            // A value that cannot be read leaves the part to its conventional folder.
            if decoder.problems.count == before { listed[part] = paths.map { ($0.text, $0.location) } }
        }
        return (title, listed)
    }

    /// The conventional subfolder of a part, when it exists.
    private func conventional(_ part: Course.Part) -> [(path: String, location: SourceLocation)] {
        FileManager.default.fileExists(atPath: root + "/" + part.folder) ? [(part.folder, SourceLocation(file: display(part.folder), line: 1, column: 1))] : []
    }

    // MARK: - Files

    /// Adds a listed path (a file, or a folder of files) to the course.
    private mutating func add(_ path: String, location: SourceLocation, as part: Course.Part, to course: inout Course) {
        let absolute = URL(fileURLWithPath: path.hasPrefix("/") ? path : root + "/" + path).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            problems.append(Diagnostic(.error, at: location, "course.yaml lists \(part.rawValue) '\(path)', which does not exist in \(name)",
                                       hint: "paths are relative to the course folder"))
            return
        }
        if part == .exercises {
            guard isDirectory.boolValue else {
                problems.append(Diagnostic(.error, at: location, "exercises '\(path)' is a file; list a folder of exercise folders, or one exercise folder"))
                return
            }
            addExercises(absolute, path: path, to: &course)
            return
        }
        var files: [(absolute: String, shown: String)] = []
        if isDirectory.boolValue {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []).filter { !$0.hasPrefix(".") && part.accepts($0) }.sorted()
            files = names.map { (absolute + "/" + $0, display(path + "/" + $0)) }
        } else {
            files = [(absolute, display(path))]
        }
        for file in files {
            if part == .pipelines {
                let base = URL(fileURLWithPath: file.absolute).deletingPathExtension().lastPathComponent
                course.pipelines.append(Course.Pipeline(name: base, path: file.absolute, file: file.shown))
                continue
            }
            do {
                let source = try SourceText.load(path: file.absolute, displayName: file.shown)
                if part == .lessons { course.lessonFiles.append(source) } else { course.bankFiles.append(source) }
            } catch {
                problems.append(error.diagnostic)
            }
        }
    }

    /// Adds a folder of exercise folders, or one exercise folder (one holding `exercise.json`).
    private mutating func addExercises(_ absolute: String, path: String, to course: inout Course) {
        let single = FileManager.default.fileExists(atPath: absolute + "/exercise.json")
        let base = single ? URL(fileURLWithPath: absolute).deletingLastPathComponent().path : absolute
        let prefix = single ? URL(fileURLWithPath: absolute).lastPathComponent + "/" : ""
        let shownBase = single ? display((path as NSString).deletingLastPathComponent) : display(path)
        var files: [String: String] = [:]
        let top = URL(fileURLWithPath: base)
        if let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: absolute), includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let relative = String(url.standardizedFileURL.path.dropFirst(top.standardizedFileURL.path.count + 1))
                guard relative.hasPrefix(prefix) else { continue }
                do {
                    let source = try SourceText.load(path: url.path, displayName: shownBase + "/" + relative)
                    files[relative] = source.text
                    if relative.hasSuffix("/exercise.json"), relative.split(separator: "/").count == 2 { course.exerciseFiles.append(source) }
                } catch {
                    problems.append(error.diagnostic)
                }
            }
        }
        let catalog = ExerciseCatalog(files: files, root: shownBase)
        course.exercises.exercises += catalog.exercises
        course.exercises.problems += catalog.problems
    }

    /// A path inside the course as messages show it: the course folder as typed, then the path.
    private func display(_ path: String) -> String {
        if path.isEmpty || path == "." { return name }
        return name == "." ? path : name + "/" + path
    }
}
