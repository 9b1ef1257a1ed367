/// The lessons in learning order: the bundled ones, or those of a folder a teacher names.
public struct LessonCatalog: Sendable {
    public var lessons: [Lesson]
    /// Files that could not be read, with why.
    public var problems: [Diagnostic]

    /// The lessons compiled into the binary.
    public static func bundled() -> LessonCatalog {
        let files = EmbeddedContent.paths(under: "lessons/", withExtension: "md").filter { !$0.hasSuffix("README.md") && !$0.dropFirst("lessons/".count).contains("/") }
        return LessonCatalog(files: files.compactMap { path in EmbeddedContent.text(atPath: path).map { (path, $0) } })
    }

    /// Loads every `(file, text)`, sorted by `order` then id.
    public init(files: [(file: String, text: String)]) {
        var lessons: [Lesson] = []
        var problems: [Diagnostic] = []
        for (file, text) in files {
            do { lessons.append(try LessonLoader.load(text: text, file: file)) } catch { problems += error.diagnostics }
        }
        self.lessons = lessons.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        self.problems = problems
    }

    public func lesson(_ id: String) throws(LessonError) -> Lesson {
        guard let lesson = lessons.first(where: { $0.id == id }) else { throw .notFound(id: id, available: lessons.map(\.id)) }
        return lesson
    }
}
