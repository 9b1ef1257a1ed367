import Foundation

/// Checks a lessons folder: complete front matter, unique ids, pipelines and quizzes that
/// exist, every required seed section covered, and no sentence copied from a seed page.
public struct LessonLinter: Sendable {
    /// One seed section a lesson must cover under a heading (from `lessons/required-sections.json`).
    public struct RequiredSection: Equatable, Sendable {
        public var seed: String
        public var section: String
        public var lesson: String
        public var heading: String
    }

    public var pipelines: [String]
    public var quizIDs: Set<String>
    public var required: [RequiredSection]
    /// Seed texts by file name; `nil` when the seed pages are not available (the copy check is skipped).
    public var seeds: [String: String]?

    public init(pipelines: [String], quizIDs: Set<String>, required: [RequiredSection], seeds: [String: String]?) {
        self.pipelines = pipelines
        self.quizIDs = quizIDs
        self.required = required
        self.seeds = seeds
    }

    /// Every problem found, errors and warnings.
    ///
    /// - Complexity: O(L + S) in the words of the lessons and the seeds.
    public func lint(_ catalog: LessonCatalog) -> [Diagnostic] {
        var problems = catalog.problems
        var seen: [String: String] = [:]
        for lesson in catalog.lessons {
            let top = SourceLocation(file: lesson.file, line: 1, column: 1)
            if let other = seen[lesson.id] {
                problems.append(Diagnostic(.error, at: top, "lesson id '\(lesson.id)' is also used by \(other)", hint: "give each lesson its own id"))
            }
            seen[lesson.id] = lesson.file
            for pipeline in lesson.pipelines where !pipelines.contains(pipeline) {
                problems.append(Diagnostic(.error, at: top, "lesson '\(lesson.id)' runs pipeline '\(pipeline)', which is not bundled",
                                           hint: "bundled pipelines: " + pipelines.joined(separator: ", ")))
            }
            for quiz in lesson.quiz where !quizIDs.contains(quiz) {
                problems.append(Diagnostic(.error, at: top, "lesson '\(lesson.id)' practises '\(quiz)', which is no bank or question id",
                                           hint: "name a bank such as parameterized-runs, or question ids"))
            }
        }
        for section in required {
            guard let lesson = catalog.lessons.first(where: { $0.id == section.lesson }) else {
                problems.append(Diagnostic(.error, "seed section '\(section.section)' (\(section.seed)) should be covered by lesson '\(section.lesson)', which does not exist"))
                continue
            }
            if !Self.headings(in: lesson.body).contains(where: { $0.caseInsensitiveCompare(section.heading) == .orderedSame }) {
                problems.append(Diagnostic(.error, at: SourceLocation(file: lesson.file, line: lesson.bodyLine, column: 1),
                                           "lesson '\(lesson.id)' has no heading '\(section.heading)' covering seed section '\(section.section)'",
                                           hint: "add a '## \(section.heading)' section"))
            }
        }
        if let seeds {
            let overlap = SeedOverlap(seedTexts: Array(seeds.values))
            for lesson in catalog.lessons {
                for (offset, line) in Self.proseLines(lesson.body) {
                    if let run = overlap.repeatedRun(in: line) {
                        problems.append(Diagnostic(.error, at: SourceLocation(file: lesson.file, line: lesson.bodyLine + offset, column: 1),
                                                   "this line repeats a seed page word for word: \"\(run)…\"",
                                                   hint: "say it in your own words (eight words in a row shared with a seed count as a repeat)"))
                    }
                }
            }
        }
        return problems
    }

    /// `##` and `###` heading texts.
    static func headings(in body: String) -> [String] {
        body.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("#") else { return nil }
            return trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Body lines outside fenced code blocks, with their offset from the body's first line.
    static func proseLines(_ body: String) -> [(Int, String)] {
        var inFence = false
        var result: [(Int, String)] = []
        for (offset, line) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                inFence.toggle()
                continue
            }
            if !inFence { result.append((offset, String(line))) }
        }
        return result
    }
}
