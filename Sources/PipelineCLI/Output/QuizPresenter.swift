import PipelineKit

/// How a quiz looks in the terminal: the question, the feedback after an answer, the score.
struct QuizPresenter {
    let terminal: Terminal
    let style: Style

    private func wrap(_ text: String, indent: Int = 0) -> String {
        TextWrapper.wrap(text, width: terminal.width, indent: indent) + "\n"
    }

    /// `Question 6 of 19  [pr-visual-step7]`.
    func heading(_ item: QuizSession.Item, number: Int, of total: Int) -> String {
        "\n" + style.bold("Question \(number) of \(total)") + style.dim("  [\(item.question.id)]") + "\n"
    }

    func question(_ item: QuizSession.Item, number: Int, of total: Int, table: String?) -> String {
        var out = heading(item, number: number, of: total)
        if let table { out += "Execution table (from the engine):\n" + table }
        out += wrap(item.question.stem)
        for option in item.options { out += TextWrapper.wrapItem(marker: "\(option.key))", option.option.text, width: terminal.width, indent: 2) + "\n" }
        return out
    }

    func hint(_ item: QuizSession.Item) -> String {
        style.cyan("Hint: ") + (item.question.hint ?? "no hint for this one: read each option against the stem.") + "\n"
    }

    func feedback(_ item: QuizSession.Item, answer: QuizSession.Answer) -> String {
        var out = ""
        if let given = answer.given {
            out += answer.isCorrect ? style.green("✓ Right: \(given).") + "\n" : style.red("✗ Not quite: you chose \(given); the answer is \(answer.correct).") + "\n"
            if let rationale = item.option(displayed: given)?.rationale { out += wrap(rationale, indent: 2) }
        } else {
            out += style.yellow("Skipped: the answer is \(answer.correct).") + "\n"
        }
        if !answer.isCorrect, let rationale = item.option(displayed: answer.correct)?.rationale { out += wrap(rationale, indent: 2) }
        if let solution = item.question.solution {
            if !solution.steps.isEmpty {
                out += style.bold("Solution") + "\n"
                for (index, step) in solution.steps.enumerated() { out += TextWrapper.wrapItem(marker: "\(index + 1).", step, width: terminal.width, indent: 2) + "\n" }
            }
            if let final = solution.finalAnswer { out += style.bold("Final answer: ") + final + "\n" }
            if let check = solution.quickCheck { out += style.bold("Quick check: ") + check + "\n" }
        }
        if !item.question.mistakes.isEmpty {
            out += style.bold("Common mistakes") + "\n"
            for mistake in item.question.mistakes { out += TextWrapper.wrapItem(marker: "-", mistake, width: terminal.width, indent: 2) + "\n" }
        }
        return out
    }

    /// The score; when the learner stopped early, how many were answered and the score so far,
    /// and (`resume`) the command that continues where they stopped.
    func summary(_ session: QuizSession, stopped: Bool = false, resume: String? = nil) -> String {
        let answered = session.answers.count
        var out = "\n"
        if answered < session.total {
            out += answered == 0 ? style.bold("Stopped before the first answer.")
                : style.bold("Stopped after \(answered) of \(session.total) questions: \(session.score) right so far (\(session.score * 100 / answered)%).")
            if let resume, answered > 0 { out += "\nContinue later where you stopped: " + resume }
        } else {
            out += style.bold("Score: \(session.score) of \(session.total)")
        }
        out += "\n"
        let missed = session.answers.filter { !$0.isCorrect }
        if !missed.isEmpty {
            out += "Missed:\n"
            for answer in missed {
                let item = session.items.first { $0.question.id == answer.id }
                let text = item?.option(displayed: answer.correct)?.text ?? ""
                out += "  \(answer.id): \(answer.correct)) \(text)\n"
            }
            out += "Review them later with: pipeline quiz --review\n"
        }
        return out
    }
}
