import Foundation
import PipelineKit

// MARK: - Which questions

extension QuizPlayer {
    /// The banks the sitting draws on and its questions: generated ones, one bank, or all
    /// banks filtered by topic and tag.
    func select() throws(DiagnosticError) -> (banks: [QuizBank], questions: [Question]) {
        if let count = options.generate, let pipeline = options.pipeline {
            let bank = try GeneratedBank.make(count, pipeline: pipeline, runs: options.runs, seed: options.seed, saveFile: options.saveFile,
                                              terminal: terminal)
            if let saveFile = options.saveFile { try GeneratedBank.save(bank, to: terminal.path(saveFile), typed: saveFile) }
            return ([bank.bank], bank.bank.questions)
        }
        var banks: [QuizBank]
        if let bank = options.bank {
            banks = [try catalog.bank(bank, currentDirectory: terminal.currentDirectory, curriculum: terminal.curriculum)]
        } else if options.topic != nil || options.tag != nil || options.review || options.answers != nil {
            banks = catalog.banks
        } else {
            banks = [try chooseBank()]
        }
        if let topic = options.topic {
            banks = banks.filter { ($0.topic ?? $0.title).localizedCaseInsensitiveContains(topic) || $0.id.contains(topic) }
        }
        var questions = banks.flatMap(\.questions)
        if let tag = options.tag { questions = questions.filter { $0.tags.contains(tag) } }
        guard !questions.isEmpty else {
            let filter = [options.topic.map { "topic '\($0)'" }, options.tag.map { "tag '\($0)'" }].compactMap { $0 }.joined(separator: " and ")
            throw DiagnosticError(QuizError.noQuestions(filter: filter.isEmpty ? "this selection" : filter).diagnostic)
        }
        let used = Set(questions.map(\.id))
        return (banks.filter { $0.questions.contains { used.contains($0.id) } }, questions)
    }

    /// The right value of every `numeric` question read from its trace, by id.
    ///
    /// - Parameter reports: each trace question's session report, by question id.
    /// - Throws: when a trace gives no number for its question (never a question nobody can get right).
    func numericAnswers(_ questions: [Question], reports: [String: SessionReport]) throws(DiagnosticError) -> [String: Double] {
        var numbers: [String: Double] = [:]
        for question in questions {
            guard case .number(let answer) = question.key, case .traceOutput = answer.source else { continue }
            let report = reports[question.id]
            guard let value = answer.value(in: report) else {
                throw DiagnosticError(Diagnostic(.error, at: question.location, "question '\(question.id)' cannot be asked: \(answer.missing(in: report))",
                                                 hint: "run pipeline quiz lint on the bank and fix its answer"))
            }
            numbers[question.id] = value
        }
        return numbers
    }

    /// Asks which bank to use (only reached in a terminal).
    private func chooseBank() throws(DiagnosticError) -> QuizBank {
        terminal.out.write("Question banks:\n")
        let progress = SavedProgress.quiz(terminal)
        for (index, bank) in catalog.banks.enumerated() {
            let ids = bank.questions.map(\.id)
            let answered = progress.answered(ids)
            let right = ids.count { progress.questions[$0]?.lastCorrect == true }
            let status = answered == 0 ? "not started" : "\(answered) of \(ids.count) answered, \(right) right"
            let count = "\(bank.questions.count) question\(bank.questions.count == 1 ? "" : "s")"
            terminal.out.write(TextWrapper.wrapItem(marker: "\(index + 1).", "\(bank.title) (\(bank.id), \(count): \(status))",
                                                    width: terminal.width, indent: 2) + "\n")
        }
        while true {
            terminal.out.write("Choose a bank (1–\(catalog.banks.count)): ")
            guard let line = terminal.readLine() else { throw DiagnosticError(Diagnostic(.error, "no bank was chosen", hint: "pass --bank ID")) }
            let typed = line.trimmingCharacters(in: .whitespaces)
            if let number = Int(typed), catalog.banks.indices.contains(number - 1) { return catalog.banks[number - 1] }
            if let bank = catalog.banks.first(where: { $0.id == typed }) { return bank }
            terminal.out.write("'\(typed)' is not a bank here: type a number from 1 to \(catalog.banks.count), or a bank id.\n")
        }
    }

    /// The session report of every trace question, by question id, each session run once.
    /// - Throws: every question whose session cannot be run, with why.
    func tables(for questions: [Question]) throws(DiagnosticError) -> [String: SessionReport] {
        var sessions: [String: SessionReport] = [:]
        var reports: [String: SessionReport] = [:]
        var problems: [Diagnostic] = []
        for question in questions {
            guard let trace = question.trace else { continue }
            let key = [trace.folder ?? "", trace.pipeline] + trace.runs
            let joined = key.joined(separator: "\u{1F}")
            if sessions[joined] == nil {
                do {
                    sessions[joined] = try TraceQuestions.report(for: trace, curriculum: terminal.curriculum, base: terminal.currentDirectory)
                } catch {
                    problems += error.diagnostics.map {
                        Diagnostic(.error, at: question.location, "the table of question '\(question.id)' cannot be built: \($0.message)", hint: $0.hint)
                    }
                    continue
                }
            }
            reports[question.id] = sessions[joined]
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return reports
    }

    func table(for question: Question, in reports: [String: SessionReport]) -> String? {
        reports[question.id].map { $0.executionTerminalTable.renderText(width: terminal.tableWidth, style: terminal.stdoutIsTerminal ? .box : .ascii) }
    }

    // MARK: - Resuming

    /// What was asked, so a later `pipeline quiz` with the same choice finds its sitting.
    func sittingKey(_ session: QuizSession) -> String {
        let bank: String = options.bank ?? bankID(of: session) ?? ""
        let count: String = options.count.map { String($0) } ?? ""
        let shuffle: String = options.shuffle ? String(options.seed) : "no"
        let parts: [String] = ["bank=" + bank, "topic=" + (options.topic ?? ""), "tag=" + (options.tag ?? ""), "count=" + count, "shuffle=" + shuffle]
        return parts.joined(separator: ";")
    }

    /// The bank the session's first question comes from.
    private func bankID(of session: QuizSession) -> String? {
        guard let first = session.items.first?.question.id else { return nil }
        return catalog.banks.first { bank in bank.questions.contains { $0.id == first } }?.id
    }

    /// `the parameterized-runs quiz`.
    func sittingTitle(_ session: QuizSession) -> String {
        let bank = options.bank ?? bankID(of: session)
        return options.tag.map { "the \($0) questions" } ?? bank.map { "the \($0) quiz" } ?? "this quiz"
    }

    /// The command that asks the same questions again (and so offers to continue).
    var resumeCommand: String {
        var words = ["pipeline", "quiz"]
        if let bank = options.bank { words += ["--bank", bank] }
        if let topic = options.topic { words += ["--topic", topic] }
        if let tag = options.tag { words += ["--tag", tag] }
        if let count = options.count { words += ["--count", String(count)] }
        if options.shuffle { words += ["--shuffle", "--seed", String(options.seed)] }
        return words.joined(separator: " ")
    }
}
