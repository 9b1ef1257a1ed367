import Foundation
import PipelineKit

/// `quiz lint [FILE|DIR]`: every problem in the banks; exit 1 when there is an error.
enum QuizLint {
    static func run(_ path: String?, terminal: Terminal) -> Int32 {
        var files: [(file: String, text: String)] = []
        var problems: [Diagnostic] = []
        var curriculum = terminal.curriculum
        var folder = terminal.currentDirectory
        if let path {
            let full = terminal.path(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
                terminal.err.write(DiagnosticRenderer().render(Diagnostic(.error, "no file or folder '\(path)'", hint: "name a bank .json file or a folder of them")))
                return ExitCode.badInput
            }
            // A bank inside a course sees the course's lessons and pipelines, and its paths resolve against the course folder.
            let inside = isDirectory.boolValue ? full + "/bank.json" : full
            if let course = curriculum.course, URL(fileURLWithPath: inside).standardizedFileURL.path.hasPrefix(course.root + "/") {
                folder = course.root
            } else if let root = Course.enclosing(file: inside, currentDirectory: "/") {
                // A course that cannot be read is said (its lessons and pipelines are then unknown to the check).
                do {
                    curriculum = Curriculum(course: try Course.load(root, currentDirectory: "/"))
                } catch {
                    for var problem in error.diagnostics { problem.severity = .warning; problems.append(problem) }
                }
                folder = root
            } else {
                folder = URL(fileURLWithPath: inside).deletingLastPathComponent().standardizedFileURL.path
            }
            let names = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted().map { (path + "/" + $0, full + "/" + $0) }
                : [(path, full)]
            if isDirectory.boolValue, names.isEmpty {
                terminal.err.write(DiagnosticRenderer().render(Diagnostic(.error, "no question banks in \(path)",
                                                                          hint: "a bank is a .json file (see quizzes/README.md); a whole course folder is checked with: pipeline course lint \(path)")))
                return ExitCode.badInput
            }
            for (display, file) in names {
                do { files.append((display, try SourceText.load(path: file, displayName: display).text)) } catch { problems.append(error.diagnostic) }
            }
        } else {
            files = EmbeddedContent.paths(under: "quizzes/", withExtension: "json").filter { !$0.hasSuffix(".schema.json") }
                .compactMap { path in EmbeddedContent.text(atPath: path).map { (path, $0) } }
        }
        // A teacher's question may not take a built-in question's id (the two would share progress).
        let builtIn = path == nil ? [:] : Dictionary(QuizCatalog.bundled().banks.flatMap { bank in bank.questions.map { ($0.id, bank.id) } },
                                                      uniquingKeysWith: { first, _ in first })
        var linter = QuizLinter(lessons: Set(curriculum.lessons.lessons.map(\.id)), pipelines: Set(curriculum.pipelineNames), currentDirectory: folder,
                                builtInQuestions: builtIn)
        linter.curriculum = curriculum
        problems += linter.lint(files)
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        if !problems.isEmpty {
            let sources = Dictionary(files.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first })
            terminal.err.write(DiagnosticRenderer(sources: sources, consequence: nil).render(problems))
        }
        let questions = files.compactMap { QuizBankLoader.load(text: $0.text, file: $0.file).bank }.reduce(0) { $0 + $1.questions.count }
        terminal.out.write("\(files.count) bank\(files.count == 1 ? "" : "s"), \(questions) question\(questions == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").\n")
        return errors > 0 ? ExitCode.failure : ExitCode.success
    }
}
