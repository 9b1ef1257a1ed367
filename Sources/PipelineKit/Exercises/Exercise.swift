/// A fix-it exercise: a broken pipeline, the task, what the fixed file must do, tiered hints
/// and a reference solution. Read from `lessons/exercises/ID/` (`exercise.json`, the broken
/// files, `solution/`), so a teacher can add one without Swift.
public struct Exercise: Equatable, Sendable {
    /// The checked description in `exercise.json`.
    public struct Description: Equatable, Sendable {
        var id: String
        public var title: String
        /// The lesson whose idea it practises (a lesson id such as `deep-dive`).
        public var lesson: String
        /// The idea, in one sentence.
        public var idea: String
        public var task: String
        /// The learner's files, as copied by `exercise start`; the first `.yaml` is the pipeline.
        public var files: [String]
        /// A nudge, then the rule, then the lines to change.
        public var hints: [String]
        /// Text the failing part of `check` shows for the broken files (for `exercise lint`).
        var brokenFails: String
        var expectations: [ExerciseExpectation]
    }

    public var description: Description
    /// The broken files, by name.
    public var broken: [String: String]
    /// The reference solution, by name.
    public var solution: [String: String]

    public var id: String { description.id }

    /// The name of the pipeline file among the learner's files.
    var pipelineFile: String {
        description.files.first { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") } ?? "pipeline.yaml"
    }
}
