/// A lesson: its front matter and its Markdown body.
public struct Lesson: Equatable, Sendable {
    public var id: String
    public var title: String
    /// `parameterized-runs` or `self-service-platform`.
    var topic: String
    /// How the seed page teaches it: `step-by-step`, `deep-dive`, `time-and-space-complexity`, …
    var mode: String
    /// Position in the learning path.
    public var order: Int
    public var minutes: Int?
    /// Bundled pipelines the lesson runs (`pipeline lesson run ID`).
    public var pipelines: [String]
    /// A bank id, or question ids, for `pipeline lesson practice ID`.
    public var quiz: [String]
    /// Seed pages the lesson is written from.
    public var seeds: [String]
    /// The Markdown after the front matter.
    public var body: String
    /// The line of the file where the body starts, for locations in the body.
    var bodyLine: Int
    /// The file name, for messages.
    public var file: String
    /// Where each front matter field's value is written: one location for a single value,
    /// one per item for a list, so a problem with a reference points at its line.
    var fieldLocations: [String: [SourceLocation]] = [:]

    /// Where a field's value (or its `item`-th list item) is written; the file's first line
    /// when the field is absent.
    public func location(of field: String, item: Int = 0) -> SourceLocation {
        let locations = fieldLocations[field] ?? []
        return locations.indices.contains(item) ? locations[item] : locations.first ?? SourceLocation(file: file, line: 1, column: 1)
    }
}
