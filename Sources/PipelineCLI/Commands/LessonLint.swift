import Foundation
import PipelineKit

/// `pipeline lesson lint [DIR|FILE]`: checks the built-in lessons, a folder of lesson files or
/// one lesson file. A teacher's lessons are checked against the built-in content and the
/// course they belong to (`--course`, or the course folder they sit in).
enum LessonLint {
    static func run(directory: String?, seeds: String?, terminal: Terminal) -> Int32 {
        guard let path = directory else { return lintBuiltIn(seeds: seeds, terminal: terminal) }
        let renderer = DiagnosticRenderer(colored: terminal.colorsErr(.auto))
        let full = terminal.path(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            terminal.err.write(renderer.render(Diagnostic(.error, "no lesson file or folder '\(path)'", hint: "name a lesson .md file or a folder of them")))
            return ExitCode.badInput
        }
        var files: [(file: String, text: String)] = []
        var problems: [Diagnostic] = []
        let names = isDirectory.boolValue
            ? ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map { (path + "/" + $0, full + "/" + $0) }
            : [(path, full)]
        for (shown, file) in names {
            do { files.append((shown, try SourceText.load(path: file, displayName: shown).text)) } catch { problems.append(error.diagnostic) }
        }
        guard !names.isEmpty else {
            terminal.err.write(renderer.render(Diagnostic(.error, "no lesson files in \(path)",
                                                          hint: "a lesson is a .md file with front matter; a whole course folder is checked with: pipeline course lint \(path)")))
            return ExitCode.badInput
        }
        let course = self.course(around: isDirectory.boolValue ? full + "/lesson.md" : full, terminal: terminal)
        let curriculum = Curriculum(course: course)
        var required: [LessonLinter.RequiredSection] = []
        if let text = try? SourceText.load(path: (isDirectory.boolValue ? full : (full as NSString).deletingLastPathComponent) + "/required-sections.json").text {
            do { required = try RequiredSections.parse(text, file: "required-sections.json") } catch { problems += error.diagnostics }
        }
        // The copy check compares with the pages the built-in lessons are written from: only when asked for.
        let sourcePages = seeds.flatMap { loadSeeds($0, terminal: terminal) }
        var linter = LessonLinter(pipelines: curriculum.pipelineNames, quizIDs: curriculum.quizIDs, required: required, seeds: sourcePages)
        linter.builtInIDs = Set(LessonCatalog.bundled().lessons.map(\.id))
        linter.folder = course?.root ?? (isDirectory.boolValue ? full : (full as NSString).deletingLastPathComponent)
        let checked = LessonCatalog(files: files)
        problems += linter.lint(checked)
        // Lessons of the course besides those checked: an id used twice in the course is a clash too.
        if let course {
            let same = { (a: String, b: String) in URL(fileURLWithPath: terminal.path(a)).standardizedFileURL.path == URL(fileURLWithPath: terminal.path(b)).standardizedFileURL.path }
            let others = course.lessons.lessons.filter { lesson in !files.contains { same($0.file, lesson.file) } }
            for lesson in checked.lessons {
                if let other = others.first(where: { $0.id == lesson.id }) {
                    problems.append(Diagnostic(.error, at: lesson.location(of: "id"), "lesson id '\(lesson.id)' is also used by \(other.file)", hint: "give each lesson its own id"))
                }
            }
        }
        return report(problems, files: files, seedsSkipped: false, terminal: terminal)
    }

    /// The built-in lessons, with the required sections and, when found, the copy check.
    private static func lintBuiltIn(seeds: String?, terminal: Terminal) -> Int32 {
        let files = EmbeddedContent.paths(under: "lessons/", withExtension: "md").filter { !$0.hasSuffix("README.md") && !$0.dropFirst(8).contains("/") }
            .compactMap { path in EmbeddedContent.text(atPath: path).map { (file: path, text: $0) } }
        var problems: [Diagnostic] = []
        var required: [LessonLinter.RequiredSection] = []
        if let text = EmbeddedContent.text(atPath: "lessons/required-sections.json") {
            do { required = try RequiredSections.parse(text, file: "required-sections.json") } catch { problems += error.diagnostics }
        }
        let sourcePages = loadSeeds(seeds, terminal: terminal)
        let linter = LessonLinter(pipelines: PipelineSource.allBundledNames, quizIDs: QuizIdentifiers.bundled(), required: required, seeds: sourcePages)
        problems += linter.lint(LessonCatalog(files: files))
        return report(problems, files: files, seedsSkipped: sourcePages == nil, terminal: terminal)
    }

    private static func report(_ problems: [Diagnostic], files: [(file: String, text: String)], seedsSkipped: Bool, terminal: Terminal) -> Int32 {
        let count = "\(files.count) lesson\(files.count == 1 ? "" : "s") checked"
        let errors = problems.count { $0.severity == .error }
        if problems.isEmpty || errors == 0 {
            if !problems.isEmpty { terminal.err.write(DiagnosticRenderer(sources: sources(files), consequence: nil).render(problems)) }
            terminal.out.write(count + ": no problems" + (seedsSkipped ? " (the source pages were not found, so the copy check was skipped; pass --sources DIR)" : "") + ".\n")
            return ExitCode.success
        }
        terminal.err.write(DiagnosticRenderer(sources: sources(files), consequence: nil).render(problems))
        return ExitCode.failure
    }

    private static func sources(_ files: [(file: String, text: String)]) -> [String: String] {
        Dictionary(files.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The course the checked lessons belong to: the one given with --course when they are
    /// inside it, else the course folder they sit in, if any.
    private static func course(around path: String, terminal: Terminal) -> Course? {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        if let course = terminal.course, standardized.hasPrefix(course.root + "/") { return course }
        guard let root = Course.enclosing(file: standardized, currentDirectory: "/") else { return terminal.course }
        return try? Course.load(root, currentDirectory: "/")
    }

    /// The source pages, from `--sources`, `$PIPELINE_SEEDS_DIR`, or `../shared/seeds` near the current folder.
    static func loadSeeds(_ option: String?, terminal: Terminal) -> [String: String]? {
        let candidates = [option, terminal.environment["PIPELINE_SEEDS_DIR"], "../shared/seeds", "../../shared/seeds"].compactMap { $0 }
        for candidate in candidates {
            let path = terminal.path(candidate)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
            var seeds: [String: String] = [:]
            for name in names where name.hasSuffix(".txt") {
                seeds[name] = try? String(contentsOfFile: path + "/" + name, encoding: .utf8)
            }
            if !seeds.isEmpty { return seeds }
        }
        return nil
    }
}
