import Foundation

/// The lessons, question banks, pipelines and exercises the commands serve: the built-in
/// ones, then a teacher's course when one is given.
///
/// Course content whose id a built-in lesson, bank, question, pipeline or exercise already
/// has is left out (progress is kept by id, so a clash would mix a teacher's question with a
/// built-in one) and reported by `clashes()`.
public struct Curriculum: Sendable {
    public var course: Course?

    public init(course: Course? = nil) {
        self.course = course
    }

    /// The built-in lessons, then the course's, in learning order.
    public var lessons: LessonCatalog {
        adding(course?.lessons, to: .bundled()) { catalog, own in
            let builtIn = Set(catalog.lessons.map(\.id))
            catalog.lessons = (catalog.lessons + own.lessons.filter { !builtIn.contains($0.id) }).sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        }
    }

    /// The built-in banks, then the course's (without any question whose id is built in).
    public var quizzes: QuizCatalog {
        adding(course?.banks, to: .bundled()) { catalog, own in
            let bankIDs = Set(catalog.banks.map(\.id))
            let questionIDs = Set(catalog.banks.flatMap { $0.questions.map(\.id) })
            for var bank in own.banks where !bankIDs.contains(bank.id) {
                bank.questions.removeAll { questionIDs.contains($0.id) }
                if !bank.questions.isEmpty { catalog.banks.append(bank) }
            }
        }
    }

    /// The built-in exercises, then the course's.
    public var exercises: ExerciseCatalog {
        adding(course?.exercises, to: .bundled()) { catalog, own in
            let builtIn = Set(catalog.exercises.map(\.id))
            catalog.exercises += own.exercises.filter { !builtIn.contains($0.id) }
        }
    }

    /// The built-in catalog with the course's content that `add` keeps, and every problem of
    /// the course's (the built-in catalog alone when there is no course).
    private func adding<Catalog: ContentCatalog>(_ own: Catalog?, to builtIn: Catalog, _ add: (inout Catalog, Catalog) -> Void) -> Catalog {
        var catalog = builtIn
        guard let own else { return catalog }
        add(&catalog, own)
        catalog.problems += own.problems
        return catalog
    }

    /// Every bank and question id a lesson may practise: built-in, and the course's.
    public var quizIDs: Set<String> {
        QuizIdentifiers.bundled().union(course?.bankFiles.flatMap { QuizIdentifiers.ids(in: $0.text, file: $0.file) } ?? [])
    }

    /// Whether a lesson, bank or exercise id belongs to the course rather than the built-in content.
    public func isCourseLesson(_ lesson: Lesson) -> Bool {
        course?.lessonFiles.contains { $0.file == lesson.file } ?? false
    }

    /// Everything wrong with the course that leaves some of it out: files that do not load,
    /// manifest problems, and ids that clash with built-in ones.
    public func problems() -> [Diagnostic] {
        guard let course else { return [] }
        return course.problems + course.lessons.problems + course.banks.problems + course.exercises.problems + clashes()
    }

    /// The course's ids that a built-in lesson, bank, question, pipeline or exercise already
    /// uses, each at the line that names it.
    ///
    /// - Parameter lessons: false leaves lesson ids to `LessonLinter`, which checks them with the rest of a lesson.
    func clashes(lessons: Bool = true) -> [Diagnostic] {
        guard let course else { return [] }
        var found: [Diagnostic] = []
        let builtInLessons = lessons ? Set(LessonCatalog.bundled().lessons.map(\.id)) : []
        for lesson in course.lessons.lessons where builtInLessons.contains(lesson.id) {
            found.append(Diagnostic(.error, at: lesson.location(of: "id"), "lesson id '\(lesson.id)' is the id of a built-in lesson",
                                    hint: "give it an id of its own, for example with your course's prefix: 'my-\(lesson.id)'"))
        }
        let bundled = QuizCatalog.bundled()
        let bankIDs = Set(bundled.banks.map(\.id))
        let questionIDs = Dictionary(bundled.banks.flatMap { bank in bank.questions.map { ($0.id, bank.id) } }, uniquingKeysWith: { first, _ in first })
        for bank in course.banks.banks {
            if bankIDs.contains(bank.id) {
                let text = course.bankFiles.first { $0.file == bank.file }?.text ?? ""
                found.append(Diagnostic(.error, at: Self.location(ofKey: "id", in: text, file: bank.file), "bank id '\(bank.id)' is the id of a built-in bank",
                                        hint: "give the bank an id of its own"))
            }
            for question in bank.questions {
                guard let other = questionIDs[question.id] else { continue }
                found.append(Diagnostic(.error, at: question.location, "question id '\(question.id)' is also a question of the built-in bank '\(other)'",
                                        hint: "progress is kept by id: give it an id of its own, for example with a prefix of your course"))
            }
        }
        let builtInPipelines = PipelineSource.allBundledNames
        for pipeline in course.pipelines where builtInPipelines.contains(pipeline.name) {
            found.append(Diagnostic(.error, at: SourceLocation(file: pipeline.file, line: 1, column: 1),
                                    "pipeline '\(pipeline.name)' has the name of a built-in pipeline, so running it by name would run the built-in one",
                                    hint: "rename the file"))
        }
        let builtInExercises = Set(ExerciseCatalog.bundled().exercises.map(\.id))
        for exercise in course.exercises.exercises where builtInExercises.contains(exercise.id) {
            let file = course.exerciseFiles.first { $0.file.hasSuffix("/\(exercise.id)/exercise.json") }
            found.append(Diagnostic(.error, at: Self.location(ofKey: "id", in: file?.text ?? "", file: file?.file ?? exercise.id),
                                    "exercise id '\(exercise.id)' is the id of a built-in exercise", hint: "rename the exercise and its folder"))
        }
        var seen: [String: String] = [:]
        for pipeline in course.pipelines {
            if let other = seen[pipeline.name] {
                found.append(Diagnostic(.error, at: SourceLocation(file: pipeline.file, line: 1, column: 1),
                                        "pipeline name '\(pipeline.name)' is also the name of \(other)", hint: "give each pipeline file its own name"))
            }
            seen[pipeline.name] = pipeline.file
        }
        return found
    }

    /// Where `key` of a JSON object's top level is written (line 1 when it cannot be found).
    static func location(ofKey key: String, in text: String, file: String) -> SourceLocation {
        let root = try? JSONReader.parse(text, file: file)
        return root?.entries?.first { $0.key.text == key }?.key.location ?? SourceLocation(file: file, line: 1, column: 1)
    }
}
