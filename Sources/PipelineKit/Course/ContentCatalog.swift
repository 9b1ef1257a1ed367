/// A catalog of built-in or course content (lessons, banks, exercises) with the problems met
/// while reading it, so `Curriculum` adds a course's part to the built-in one in one way.
protocol ContentCatalog {
    /// What could not be read, each with where it is.
    var problems: [Diagnostic] { get set }
}

extension LessonCatalog: ContentCatalog {}
extension QuizCatalog: ContentCatalog {}
extension ExerciseCatalog: ContentCatalog {}
