import PipelineKit

/// `quiz list` and `quiz show ID`.
enum QuizListing {
    static func list(_ catalog: QuizCatalog, terminal: Terminal) -> Int32 {
        var progress: QuizProgress?
        do {
            let loaded = try ProgressStore.resolve(environment: terminal.environment).load()
            progress = loaded.progress
            if let warning = loaded.warning { terminal.err.write(DiagnosticRenderer().render(warning)) }
        } catch {
            terminal.err.write(DiagnosticRenderer().render(error.diagnostic))
        }
        let rows = catalog.banks.map { bank -> [String] in
            let ids = bank.questions.map(\.id)
            let answered = progress.map { "\($0.answered(ids)) answered" } ?? "unknown"
            return [bank.id, bank.title, String(bank.questions.count), answered, bank.lesson ?? "—"]
        }
        let table = TextTable(columns: [TextTable.Column(title: "Bank"), TextTable.Column(title: "Title"), TextTable.Column(title: "Questions", alignment: .right),
                                        TextTable.Column(title: "Progress"), TextTable.Column(title: "Lesson")], rows: rows)
        terminal.out.write(table.renderText(width: terminal.tableWidth, style: terminal.stdoutIsTerminal ? .box : .ascii))
        terminal.out.write("Start one: pipeline quiz --bank \(catalog.banks.first?.id ?? "ID")\n")
        return ExitCode.success
    }

    static func show(_ id: String, catalog: QuizCatalog, terminal: Terminal) -> Int32 {
        guard let (bank, question) = catalog.question(id) else {
            let all = catalog.banks.flatMap { $0.questions.map(\.id) }
            let hint = NameSuggester.hint(for: id, in: all, then: "list the banks with: pipeline quiz list")
            terminal.err.write(DiagnosticRenderer().render(Diagnostic(.error, "no question '\(id)'", hint: hint)))
            return ExitCode.badInput
        }
        var out = "\(question.id) (\(bank.id), \(question.kind.rawValue)\(question.difficulty.map { ", \($0)" } ?? ""))\n"
        if let source = question.source { out += "Source: \(sourceDescription(source))\n" }
        if let trace = question.trace { out += "Trace: \(trace.pipeline) with runs \(trace.runs.joined(separator: " | "))\n" }
        out += "\n" + TextWrapper.wrap(question.stem, width: terminal.width, indent: 0) + "\n"
        for option in question.options {
            let mark = question.rightKeys.contains(option.key) ? "*" : " "
            out += "\(mark) \(option.key)) \(option.text)\n"
            if let rationale = option.rationale { out += TextWrapper.wrap(rationale, width: terminal.width, indent: 6) + "\n" }
        }
        out += "Answer: \(answerText(question))\n"
        if let hint = question.hint { out += "Hint: \(hint)\n" }
        if let solution = question.solution {
            for (index, step) in solution.steps.enumerated() { out += "Step \(index + 1): \(step)\n" }
            if let final = solution.finalAnswer { out += "Final answer: \(final)\n" }
            if let check = solution.quickCheck { out += "Quick check: \(check)\n" }
        }
        for mistake in question.mistakes { out += "Common mistake: \(mistake)\n" }
        terminal.out.write(out)
        return ExitCode.success
    }

    /// The right answer as a teacher reads it: `B`, `A, C`, `0.42 (tolerance 0.01)`, `final_loss after run 2 of the trace`.
    static func answerText(_ question: Question) -> String {
        switch question.key {
        case .option(let key): return key
        case .options(let keys): return keys.joined(separator: ", ")
        case .text(let accepted): return accepted.map { "\"\($0)\"" }.joined(separator: " or ") + " (case and spacing do not matter)"
        case .number(let answer):
            let tolerance = " (tolerance \(QuizResult.numberText(answer.tolerance)))"
            switch answer.source {
            case .value(let value): return QuizResult.numberText(value) + tolerance
            case .traceOutput(let name, let run): return "\(name) after run \(run) of the trace" + tolerance
            }
        }
    }

    /// A question's source as a learner knows it: the lesson written from that page, and the
    /// section (`000_….txt, Growth table` → `lesson 4 (complexity), section "Growth table"`).
    static func sourceDescription(_ source: String) -> String {
        let parts = source.components(separatedBy: ", ")
        guard let file = parts.first, file.hasSuffix(".txt") else { return source }
        let section = parts.dropFirst().joined(separator: ", ")
        let lessons = LessonCatalog.bundled().lessons.filter { $0.seeds.contains(file) }
        let place = lessons.isEmpty ? "the page the lessons are written from" : lessons.map { "lesson \($0.order) (\($0.id))" }.joined(separator: " and ")
        return section.isEmpty ? place : "\(place), section \"\(section)\""
    }
}
