import Foundation

/// The question banks: those bundled in the binary, plus any bank file a user names.
public struct QuizCatalog: Sendable {
    public var banks: [QuizBank]
    var problems: [Diagnostic]

    /// Every bundled bank, in file order.
    public static func bundled() -> QuizCatalog {
        var banks: [QuizBank] = []
        var problems: [Diagnostic] = []
        for path in EmbeddedContent.paths(under: "quizzes/", withExtension: "json") where !path.hasSuffix(".schema.json") {
            guard let text = EmbeddedContent.text(atPath: path) else { continue }
            let (bank, found) = QuizBankLoader.load(text: text, file: path)
            problems += found.filter { $0.severity == .error }
            if let bank, found.allSatisfy({ $0.severity != .error }) { banks.append(bank) }
        }
        let order = ["parameterized-runs", "self-service-platform", "complexity", "sweeps"]
        banks.sort { (order.firstIndex(of: $0.id) ?? order.count, $0.id) < (order.firstIndex(of: $1.id) ?? order.count, $1.id) }
        return QuizCatalog(banks: banks, problems: problems)
    }

    /// A bank by id (built-in or a course's), or a bank file by path, whose trace questions
    /// resolve relative pipeline paths against the course the file belongs to, or its folder.
    ///
    /// A bank file is linted first (as `QuizLinter` does, against `curriculum`, or the course
    /// the file sits in): one with an error is refused with every problem the linter found
    /// (warnings alone do not stop it), so no question with a key that is not an option, an
    /// empty option or a trace that does not run is ever asked.
    public func bank(_ name: String, currentDirectory: String, curriculum: Curriculum = Curriculum()) throws(DiagnosticError) -> QuizBank {
        if let bank = banks.first(where: { $0.id == name }) { return bank }
        let path = name.hasPrefix("/") ? name : currentDirectory + "/" + name
        guard FileManager.default.fileExists(atPath: path) else {
            throw DiagnosticError(QuizError.unknownBank(id: name, available: banks.map(\.id)).diagnostic)
        }
        let source: SourceText
        do { source = try SourceText.load(path: path, displayName: name) } catch { throw DiagnosticError(error.diagnostic) }
        let enclosing = Course.enclosing(file: path, currentDirectory: currentDirectory)
        let folder = enclosing ?? URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        var scope = curriculum
        if let enclosing, scope.course?.root != enclosing, let course = try? Course.load(enclosing, currentDirectory: "/") {
            scope = Curriculum(course: course)
        }
        var linter = QuizLinter(lessons: Set(scope.lessons.lessons.map(\.id)), pipelines: Set(scope.pipelineNames), currentDirectory: folder)
        linter.curriculum = scope
        let problems = linter.lint([(name, source.text)])
        let errors = problems.count { $0.severity == .error }
        if errors > 0 {
            throw DiagnosticError(problems + [QuizError.bankFailsLint(file: name, errors: errors).diagnostic])
        }
        return try QuizBankLoader.bank(text: source.text, file: name).resolvingReferences(against: folder)
    }

    /// The question with this id in any bank.
    public func question(_ id: String) -> (bank: QuizBank, question: Question)? {
        for bank in banks {
            if let question = bank.questions.first(where: { $0.id == id }) { return (bank, question) }
        }
        return nil
    }
}
