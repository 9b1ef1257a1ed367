import Foundation
import PipelineKit

/// `pipeline lesson lint [DIR]`: checks the bundled lessons, or a folder of lesson files.
enum LessonLint {
    static func run(directory: String?, seeds: String?, terminal: Terminal) -> Int32 {
        let files: [(file: String, text: String)]
        var requiredText: String?
        if let directory {
            let path = terminal.path(directory)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                terminal.err.write(DiagnosticRenderer().render(Diagnostic(.error, "cannot read the folder \(directory)", hint: "name a folder of lesson .md files")))
                return ExitCode.badInput
            }
            files = names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().compactMap { name in
                (try? SourceText.load(path: path + "/" + name, displayName: directory + "/" + name)).map { ($0.file, $0.text) }
            }
            requiredText = try? SourceText.load(path: path + "/required-sections.json").text
        } else {
            files = EmbeddedContent.paths(under: "lessons/", withExtension: "md").filter { !$0.hasSuffix("README.md") && !$0.dropFirst(8).contains("/") }
                .compactMap { path in EmbeddedContent.text(atPath: path).map { (path, $0) } }
            requiredText = EmbeddedContent.text(atPath: "lessons/required-sections.json")
        }
        var problems: [Diagnostic] = []
        var required: [LessonLinter.RequiredSection] = []
        if let requiredText {
            do {
                required = try RequiredSections.parse(requiredText, file: "required-sections.json")
            } catch {
                problems += error.diagnostics
            }
        }
        let seedTexts = loadSeeds(seeds, terminal: terminal)
        let linter = LessonLinter(pipelines: PipelineSource.allBundledNames, quizIDs: QuizIdentifiers.bundled(), required: required, seeds: seedTexts)
        problems += linter.lint(LessonCatalog(files: files))
        let sources = Dictionary(files.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first })
        if problems.isEmpty {
            terminal.out.write("\(files.count) lessons checked: no problems" + (seedTexts == nil ? " (source pages not found: the copy check was skipped; pass --sources DIR)" : "") + ".\n")
            return ExitCode.success
        }
        terminal.err.write(DiagnosticRenderer(sources: sources, consequence: nil).render(problems))
        return ExitCode.failure
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
