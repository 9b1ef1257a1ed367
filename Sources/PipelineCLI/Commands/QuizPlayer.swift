import Foundation
import PipelineKit

/// One quiz sitting: picks the questions, asks them (prompting or from --answers), saves every
/// answer as it is given, and reports the score.
struct QuizPlayer {
    let options: QuizOptions
    let catalog: QuizCatalog
    let terminal: Terminal

    func run() -> Int32 {
        let renderer = DiagnosticRenderer(colored: terminal.colorsErr(options.color))
        if options.answers == nil, !terminal.isInteractive {
            terminal.err.write(renderer.render(Diagnostic(
                .error, "the quiz needs a terminal to ask questions, and this is not one",
                hint: "answer without prompts: pipeline quiz --bank parameterized-runs --answers D,B,A,... (one letter per question, in order; - skips)")))
            return ExitCode.badInput
        }
        let questions: [Question]
        do {
            questions = try select()
        } catch {
            terminal.err.write(renderer.render(error.diagnostics))
            return ExitCode.badInput
        }
        // A question about a run shows the table the engine builds; one that cannot be built is an error, never a missing table.
        var traces: [String: SessionReport] = [:]
        do {
            traces = try tables(for: questions)
        } catch {
            terminal.err.write(renderer.render(error.diagnostics))
            return ExitCode.badInput
        }
        let store = ProgressStore.resolve(environment: terminal.environment)
        var progress: QuizProgress
        do {
            let loaded = try store.load()
            progress = loaded.progress
            if let warning = loaded.warning { terminal.err.write(renderer.render(warning)) }
        } catch {
            terminal.err.write(renderer.render(error.diagnostic))
            return ExitCode.failure
        }
        var asked = questions
        if options.review {
            let due = Set(progress.dueForReview(among: questions.map(\.id)))
            asked = questions.filter { due.contains($0.id) }
            guard !asked.isEmpty else {
                terminal.out.write(progress.answered(questions.map(\.id)) == 0
                    ? "Nothing to review yet: answer some questions first (pipeline quiz).\n"
                    : "Nothing to review now: you answered every question you have seen right, and none is due again yet.\n")
                return ExitCode.success
            }
        }
        let first = options.review ? progress.dueForReview(among: asked.map(\.id)) : []
        var session = QuizSession(questions: asked, count: options.count, shuffle: options.shuffle, seed: options.seed, first: first)
        if let answers = options.answers {
            guard answers.count == session.total else {
                terminal.err.write(renderer.render(AnswerListError.wrongCount(given: answers.count, expected: session.total).diagnostic))
                return ExitCode.badInput
            }
            for (index, text) in answers.enumerated() where text != "-" && session.items[index].resolve(text) == nil {
                terminal.err.write(renderer.render(AnswerListError.notAnOption(text: text, position: index + 1, keys: session.items[index].options.map(\.key)).diagnostic))
                return ExitCode.badInput
            }
        }
        let presenter = QuizPresenter(terminal: terminal, style: Style(enabled: !options.json && terminal.colorsOut(options.color)))
        let records = options.generate == nil
        let flow = QuizFlow(terminal: terminal, presenter: presenter, active: options.answers == nil && !options.json)
        if options.review, !options.json {
            terminal.out.write(presenter.style.bold("Review") + ": \(session.total) question\(session.total == 1 ? "" : "s") you missed or that are due again (Leitner boxes: a miss comes back at once, a right answer waits longer each time).\n")
        }
        // A sitting stopped part-way (q, or Ctrl-C) resumes where it stopped.
        let sittingKey = records && flow.active && !options.review ? sittingKey(session) : nil
        if let sittingKey, let stopped = progress.sitting(sittingKey, questions: session.items.map(\.question.id)),
           flow.confirm("Continue \(sittingTitle(session)) at question \(stopped.given.count + 1) of \(session.total)? [Y/n] ") {
            for given in stopped.given { session.answer(given) }
        }
        // Answers (by question number) whose save failed: reported at the end, exit 1.
        var unsaved: [Int] = []
        var stopped = false
        let firstAsked = session.answers.count
        for index in session.items.indices.dropFirst(firstAsked) {
            let item = session.items[index]
            if !options.json {
                flow.show(item, number: index + 1, of: session.total, table: table(for: item.question, in: traces), first: index == firstAsked)
            }
            let given: String?
            if let answers = options.answers {
                given = answers[index] == "-" ? nil : item.resolve(answers[index])
            } else {
                guard case .answered(let typed) = ask(item, presenter: presenter) else {
                    stopped = true
                    break
                }
                given = typed
            }
            guard let answer = session.answer(given) else { break }
            let sitting = sittingKey.map { _ in QuizProgress.Sitting(questions: session.items.map(\.question.id), given: session.answers.map(\.given)) }
            if records, given != nil || sittingKey != nil {
                if given != nil { progress.record(answer.id, correct: answer.isCorrect) }
                do {
                    let saved = try store.update { saved in
                        if given != nil { saved.record(answer.id, correct: answer.isCorrect) }
                        if let sittingKey { saved.keep(sitting, as: sittingKey) }
                    }
                    if let warning = saved.warning { terminal.err.write(renderer.render(warning)) }
                } catch {
                    if unsaved.isEmpty { terminal.err.write(renderer.render(error.diagnostic)) }
                    unsaved.append(index + 1)
                }
            }
            if !options.json { terminal.out.write(presenter.feedback(item, answer: answer)) }
            // The feedback stays on screen until the learner has read it.
            if !flow.pause(last: index == session.items.count - 1) {
                stopped = true
                break
            }
        }
        terminal.out.write(options.json ? QuizResultJSON.render(session) + "\n" : presenter.summary(session, stopped: stopped, resume: sittingKey == nil ? nil : resumeCommand))
        guard unsaved.isEmpty else {
            let numbers = unsaved.map(String.init).joined(separator: ", ")
            terminal.err.write(renderer.render(Diagnostic(
                .error, "\(unsaved.count == 1 ? "the answer to question" : "the answers to questions") \(numbers) \(unsaved.count == 1 ? "was" : "were") not saved in \(store.folder.path)",
                hint: "make that folder writable, or set PIPELINE_STATE_DIR to a folder you can write to, and answer \(unsaved.count == 1 ? "it" : "them") again")))
            return ExitCode.failure
        }
        return ExitCode.success
    }

    private enum Reply { case answered(String?), stopped }

    /// Prompts until a letter, a number, s (skip) or q (stop) is typed; h shows the hint.
    private func ask(_ item: QuizSession.Item, presenter: QuizPresenter) -> Reply {
        let keys = item.options.map(\.key)
        while true {
            terminal.out.write("Your answer (\(keys.first ?? "A")–\(keys.last ?? "D"), s skip, h hint, q stop): ")
            guard let line = terminal.readLine() else {
                terminal.out.write("\n")
                return .stopped
            }
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "q", "quit": return .stopped
            case "s", "skip": return .answered(nil)
            case "h", "hint": terminal.out.write(presenter.hint(item))
            default:
                if let key = item.resolve(line) { return .answered(key) }
                terminal.out.write("'\(line)' is not an option: type one of \(keys.joined(separator: ", ")) or its number.\n")
            }
        }
    }

    private func select() throws(DiagnosticError) -> [Question] {
        if let count = options.generate, let pipeline = options.pipeline {
            let trace = Question.Trace(pipeline: pipeline, runs: options.runs.isEmpty ? [""] : options.runs, check: nil)
            let report = try TraceQuestions.report(for: trace, curriculum: terminal.curriculum, base: terminal.currentDirectory)
            return QuestionGenerator(report: report, trace: trace).generate(count, seed: options.seed)
        }
        var banks: [QuizBank]
        if let bank = options.bank {
            banks = [try catalog.bank(bank, currentDirectory: terminal.currentDirectory)]
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
        return questions
    }

    /// Asks which bank to use (only reached in a terminal).
    private func chooseBank() throws(DiagnosticError) -> QuizBank {
        terminal.out.write("Question banks:\n")
        let progress = (try? ProgressStore.resolve(environment: terminal.environment).load().progress) ?? QuizProgress()
        for (index, bank) in catalog.banks.enumerated() {
            let ids = bank.questions.map(\.id)
            let answered = progress.answered(ids)
            let right = ids.count { progress.questions[$0]?.lastCorrect == true }
            let status = answered == 0 ? "not started" : "\(answered) of \(ids.count) answered, \(right) right"
            terminal.out.write(TextWrapper.wrapItem(marker: "\(index + 1).", "\(bank.title) (\(bank.id), \(bank.questions.count) questions: \(status))",
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
    private func tables(for questions: [Question]) throws(DiagnosticError) -> [String: SessionReport] {
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

    private func table(for question: Question, in reports: [String: SessionReport]) -> String? {
        reports[question.id].map { $0.executionTerminalTable.renderText(width: terminal.tableWidth, style: terminal.stdoutIsTerminal ? .box : .ascii) }
    }

    // MARK: - Resuming

    /// What was asked, so a later `pipeline quiz` with the same choice finds its sitting.
    private func sittingKey(_ session: QuizSession) -> String {
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
    private func sittingTitle(_ session: QuizSession) -> String {
        let bank = options.bank ?? bankID(of: session)
        return options.tag.map { "the \($0) questions" } ?? bank.map { "the \($0) quiz" } ?? "this quiz"
    }

    /// The command that asks the same questions again (and so offers to continue).
    private var resumeCommand: String {
        var words = ["pipeline", "quiz"]
        if let bank = options.bank { words += ["--bank", bank] }
        if let topic = options.topic { words += ["--topic", topic] }
        if let tag = options.tag { words += ["--tag", tag] }
        if let count = options.count { words += ["--count", String(count)] }
        if options.shuffle { words += ["--shuffle", "--seed", String(options.seed)] }
        return words.joined(separator: " ")
    }
}
