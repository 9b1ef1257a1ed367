import Foundation

/// Checks a lessons folder: complete front matter, unique ids, pipelines and quizzes that
/// exist, at least one well-formed prediction per lesson, every required seed section
/// covered, and no sentence copied from a seed page.
public struct LessonLinter: Sendable {
    /// One seed section a lesson must cover under a heading (from `lessons/required-sections.json`).
    public struct RequiredSection: Equatable, Sendable {
        var seed: String
        var section: String
        var lesson: String
        var heading: String
    }

    /// Pipelines a lesson may run by name (built-in, and a course's).
    var pipelines: [String]
    var quizIDs: Set<String>
    var required: [RequiredSection]
    /// Source texts by file name; `nil` when they are not available (the copy check is skipped).
    var seeds: [String: String]?
    /// Ids of the built-in lessons, which a teacher's lesson may not reuse (progress is kept
    /// by id); empty when the built-in lessons themselves are linted.
    public var builtInIDs: Set<String> = []
    /// The folder a lesson's pipeline paths resolve against (the course folder); `nil` when
    /// lessons may name pipelines only.
    public var folder: String? = nil

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
        var byOrder: [Int: String] = [:]
        for lesson in catalog.lessons {
            if let first = byOrder[lesson.order], first != lesson.id {
                problems.append(Diagnostic(.warning, at: lesson.location(of: "order"), "lessons '\(first)' and '\(lesson.id)' both have order \(lesson.order), so their place in the path is decided by id",
                                           hint: "give each lesson its own order: it is the order learners take them in"))
            } else {
                byOrder[lesson.order] = lesson.id
            }
            if let other = seen[lesson.id] {
                problems.append(Diagnostic(.error, at: lesson.location(of: "id"), "lesson id '\(lesson.id)' is also used by \(other)", hint: "give each lesson its own id"))
            } else if builtInIDs.contains(lesson.id) {
                problems.append(Diagnostic(.error, at: lesson.location(of: "id"), "lesson id '\(lesson.id)' is the id of a built-in lesson",
                                           hint: "give it an id of its own, for example with your course's prefix: 'my-\(lesson.id)'"))
            }
            seen[lesson.id] = lesson.file
            for (index, pipeline) in lesson.pipelines.enumerated() where !pipelineExists(pipeline) {
                problems.append(Diagnostic(.error, at: lesson.location(of: "pipelines", item: index), "lesson '\(lesson.id)' runs pipeline '\(pipeline)', which does not exist",
                                           hint: "pipelines: " + pipelines.joined(separator: ", ") + (folder == nil ? "" : "; or a file path relative to the course folder")))
            }
            for (index, quiz) in lesson.quiz.enumerated() where !quizIDs.contains(quiz) {
                problems.append(Diagnostic(.error, at: lesson.location(of: "quiz", item: index), "lesson '\(lesson.id)' practises '\(quiz)', which is no bank or question id",
                                           hint: "name a bank id, or question ids"))
            }
        }
        for lesson in catalog.lessons { problems += Self.checkPredictions(lesson) }
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

    /// Whether a lesson's `pipelines:` entry names a pipeline, or a file in the course folder.
    private func pipelineExists(_ reference: String) -> Bool {
        if pipelines.contains(reference) { return true }
        guard let folder else { return false }
        return FileManager.default.fileExists(atPath: reference.hasPrefix("/") ? reference : folder + "/" + reference)
    }

    /// Every lesson asks at least one prediction before it explains, and each prediction is
    /// well formed: options, an `Answer:` line, and an answer among the options.
    static func checkPredictions(_ lesson: Lesson) -> [Diagnostic] {
        let lines = lesson.body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let starts = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("> **Predict:**") }
        let location = { (index: Int) in SourceLocation(file: lesson.file, line: lesson.bodyLine + index, column: 1) }
        var problems: [Diagnostic] = []
        var predictions = 0
        var position = 0
        for block in MarkdownParser.parse(lesson.body) {
            switch block {
            case .prediction(let prediction):
                let at = position < starts.count ? location(starts[position]) : location(0)
                position += 1
                predictions += 1
                let keys = prediction.options.map(\.key)
                if !keys.contains(where: { $0.caseInsensitiveCompare(prediction.answer) == .orderedSame }) {
                    let answerAt = position - 1 < starts.count ? answerLine(after: starts[position - 1], in: lines).map { index, column in
                        SourceLocation(file: lesson.file, line: lesson.bodyLine + index, column: column)
                    } : nil
                    problems.append(Diagnostic(.error, at: answerAt ?? at, "the prediction's answer '\(prediction.answer)' is not one of its options (\(keys.joined(separator: ", ")))",
                                               hint: "write 'Answer: X' with the letter of the right option"))
                }
            case .quote(let text) where text.hasPrefix("**Predict:**"):
                let at = position < starts.count ? location(starts[position]) : location(0)
                position += 1
                problems.append(Diagnostic(.error, at: at, "this prediction has no options or no 'Answer:' line, so it would show as a plain quote",
                                           hint: "list options as '> - A) …' and end with '> Answer: A'"))
            default:
                continue
            }
        }
        if predictions == 0 {
            problems.append(Diagnostic(.error, at: SourceLocation(file: lesson.file, line: 1, column: 1), "lesson '\(lesson.id)' asks no prediction",
                                       hint: "before an explanation or a run, ask a '> **Predict:** …' question with options and an 'Answer:' line (see lessons/README.md)"))
        }
        return problems
    }

    /// The first `> Answer: X` line at or after `start`, and the column of its answer.
    static func answerLine(after start: Int, in lines: [Substring]) -> (Int, Int)? {
        for index in lines.indices.dropFirst(start) {
            let line = lines[index]
            guard line.trimmingCharacters(in: .whitespaces).hasPrefix(">") else { return nil }
            guard let range = line.range(of: "Answer:") else { continue }
            let after = line[range.upperBound...]
            let answer = after.firstIndex { !$0.isWhitespace } ?? range.upperBound
            return (index, line.distance(from: line.startIndex, to: answer) + 1)
        }
        return nil
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
