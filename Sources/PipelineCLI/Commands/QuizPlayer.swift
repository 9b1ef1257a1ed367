import Foundation
import PipelineKit

/// One quiz sitting: picks the questions, asks them (prompting or from --answers), saves every
/// answer as it is given, and reports the score and (with --result, --format json|csv) the
/// result a teacher collects. An exam (`--exam`) holds all feedback back until the end.
struct QuizPlayer {
    let options: QuizOptions
    let catalog: QuizCatalog
    let terminal: Terminal

    var renderer: DiagnosticRenderer { DiagnosticRenderer(colored: terminal.colorsErr(options.color)) }

    /// `--student`, else `PIPELINE_STUDENT`.
    var student: String? {
        let name = options.student ?? terminal.environment["PIPELINE_STUDENT"]
        return name.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    func run() -> Int32 {
        if options.answers == nil, !terminal.isInteractive {
            terminal.err.write(renderer.render(Diagnostic(
                .error, "the quiz needs a terminal to ask questions, and this is not one",
                hint: "answer without prompts: pipeline quiz --bank parameterized-runs --answers D,B,A,... (one letter per question, in order; - skips)")))
            return ExitCode.badInput
        }
        let chosen: (banks: [QuizBank], questions: [Question])
        // A question about a run shows the table the engine builds; one that cannot be built is an error, never a missing table.
        let traces: [String: SessionReport]
        let numbers: [String: Double]
        do {
            chosen = try select()
            traces = try tables(for: chosen.questions)
            numbers = try numericAnswers(chosen.questions, reports: traces)
            try checkExam()
            try checkResultFolder()
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
        var asked = chosen.questions
        if options.review {
            let due = Set(progress.dueForReview(among: asked.map(\.id)))
            asked = asked.filter { due.contains($0.id) }
            guard !asked.isEmpty else {
                terminal.out.write(progress.answered(chosen.questions.map(\.id)) == 0
                    ? "Nothing to review yet: answer some questions first (pipeline quiz).\n"
                    : "Nothing to review now: you answered every question you have seen right, and none is due again yet.\n")
                return ExitCode.success
            }
        }
        let first = options.review ? progress.dueForReview(among: asked.map(\.id)) : []
        let seed = options.exam && options.perStudent ? Self.studentSeed(options.seed, student: student ?? "") : options.seed
        var session = QuizSession(questions: asked, count: options.count, shuffle: options.shuffle || options.exam, seed: seed, first: first, numbers: numbers)
        if let answers = options.answers, let problem = check(answers, against: session) {
            terminal.err.write(renderer.render(problem.diagnostic))
            return ExitCode.badInput
        }
        if options.exam, let refusal = startExam(session, chosen.banks, store: store) { return refusal }
        let presenter = QuizPresenter(terminal: terminal, style: Style(enabled: options.format == .text && terminal.colorsOut(options.color)))
        let records = options.generate == nil
        let prompting = options.answers == nil
        // Scripted answers with JSON or CSV output print the result alone; a person at a terminal sees the questions.
        let showsQuestions = prompting || options.format == .text
        let flow = QuizFlow(terminal: terminal, presenter: presenter, active: prompting && !options.exam)
        if options.review, showsQuestions {
            terminal.out.write(presenter.style.bold("Review") + ": \(session.total) question\(session.total == 1 ? "" : "s") you missed or that are due again (Leitner boxes: a miss comes back at once, a right answer waits longer each time).\n")
        }
        if options.exam, showsQuestions { terminal.out.write(examHeading(session)) }
        // A practice sitting stopped part-way (q, or Ctrl-C) resumes where it stopped.
        let sittingKey = records && flow.active && !options.review ? sittingKey(session) : nil
        if let sittingKey, let stopped = progress.sitting(sittingKey, questions: session.items.map(\.question.id)),
           flow.confirm("Continue \(sittingTitle(session)) at question \(stopped.given.count + 1) of \(session.total)? [Y/n] ") {
            for given in stopped.given { session.answer(given.flatMap { session.items[session.answers.count].resolve($0) }) }
        }
        let recorder = QuizRecorder(session: session, setup: QuizRecorder.Setup(
            banks: chosen.banks, student: student, mode: options.exam ? .exam : .practice, format: options.format,
            resultFile: options.resultFile.map { ($0, terminal.path($0)) }, resume: sittingKey == nil ? nil : resumeCommand), presenter: presenter)
        // Ctrl-C at a prompt ends the process at once: the recorder writes what was answered first.
        terminal.interruption.whenExiting = { _ = recorder.finish(.interrupted) }
        defer { terminal.interruption.whenExiting = nil }
        let timer = options.timeLimit.map { ExamTimer(seconds: $0, recorder: recorder, prompting: prompting) }
        defer { timer?.cancel() }
        // Answers (by question number) whose save failed: reported at the end, exit 1.
        var unsaved: [Int] = []
        var ending = QuizResult.Ending.finished
        let firstAsked = session.answers.count
        for index in session.items.indices.dropFirst(firstAsked) {
            if timer?.isOver == true {
                ending = .timeUp
                break
            }
            let item = session.items[index]
            if showsQuestions {
                flow.show(item, number: index + 1, of: session.total, table: table(for: item.question, in: traces), first: index == firstAsked)
            }
            let response: QuizResponse?
            if let answers = options.answers {
                response = answers[index] == "-" ? nil : item.resolve(answers[index])
            } else {
                guard case .answered(let typed) = ask(item, presenter: presenter) else {
                    ending = .stopped
                    break
                }
                response = typed
            }
            guard let answer = session.answer(response) else { break }
            recorder.update(session)
            let sitting = sittingKey.map { _ in QuizProgress.Sitting(questions: session.items.map(\.question.id),
                                                                     given: zip(session.items, session.answers).map { item, answer in answer.response.map(item.typed) }) }
            if records, response != nil || sittingKey != nil {
                do {
                    let saved = try store.update { saved in
                        if response != nil { saved.record(answer.id, correct: answer.isCorrect) }
                        if let sittingKey { saved.keep(sitting, as: sittingKey) }
                    }
                    if let warning = saved.warning { terminal.err.write(renderer.render(warning)) }
                } catch {
                    if unsaved.isEmpty { terminal.err.write(renderer.render(error.diagnostic)) }
                    unsaved.append(index + 1)
                }
            }
            if showsQuestions, !options.exam { terminal.out.write(presenter.feedback(item, answer: answer)) }
            // The feedback stays on screen until the learner has read it.
            if !flow.pause(last: index == session.items.count - 1) {
                ending = .stopped
                break
            }
        }
        timer?.cancel()
        let finished = recorder.finish(ending)
        guard finished.finished else { return ExitCode.success }
        guard unsaved.isEmpty else {
            let numbers = unsaved.map(String.init).joined(separator: ", ")
            terminal.err.write(renderer.render(Diagnostic(
                .error, "\(unsaved.count == 1 ? "the answer to question" : "the answers to questions") \(numbers) \(unsaved.count == 1 ? "was" : "were") not saved in \(store.folder.path)",
                hint: "make that folder writable, or set PIPELINE_STATE_DIR to a folder you can write to, and answer \(unsaved.count == 1 ? "it" : "them") again")))
            return ExitCode.failure
        }
        return finished.failed ? ExitCode.failure : ExitCode.success
    }

    /// The first scripted answer that does not fit its question, or a count that does not match.
    private func check(_ answers: [String], against session: QuizSession) -> AnswerListError? {
        guard answers.count == session.total else { return .wrongCount(given: answers.count, expected: session.total) }
        for (index, text) in answers.enumerated() where text != "-" && session.items[index].resolve(text) == nil {
            let item = session.items[index]
            switch item.question.kind {
            case .single, .trueFalse: return .notAnOption(text: text, position: index + 1, keys: item.options.map(\.key))
            case .multiple: return .notAnAnswer(text: text, position: index + 1, expected: "the letters of every right option joined by + (A+C)")
            case .numeric: return .notAnAnswer(text: text, position: index + 1, expected: "a number")
            case .short: return .notAnAnswer(text: text, position: index + 1, expected: "a short answer")
            }
        }
        return nil
    }

    private enum Reply { case answered(QuizResponse?), stopped }

    /// Prompts until an answer, s (skip) or q (stop) is typed; h shows the hint (not in an exam).
    private func ask(_ item: QuizSession.Item, presenter: QuizPresenter) -> Reply {
        while true {
            terminal.out.write(presenter.prompt(item, exam: options.exam))
            guard let line = terminal.readLine() else {
                terminal.out.write("\n")
                return .stopped
            }
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "q", "quit": return .stopped
            case "s", "skip": return .answered(nil)
            case "h", "hint": terminal.out.write(options.exam ? "No hints in an exam.\n" : presenter.hint(item))
            default:
                if let response = item.resolve(line) { return .answered(response) }
                terminal.out.write(presenter.notAnAnswer(line, item))
            }
        }
    }
}
