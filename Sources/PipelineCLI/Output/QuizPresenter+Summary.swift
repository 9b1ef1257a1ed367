import PipelineKit

// MARK: - The end of a sitting

extension QuizPresenter {
    /// The score; when the learner stopped early, how many were answered and the score so far,
    /// and (`resume`) the command that continues where they stopped.
    func summary(_ session: QuizSession, resume: String? = nil) -> String {
        let answered = session.answers.count
        var out = "\n"
        if answered < session.total {
            out += answered == 0 ? style.bold("Stopped before the first answer.")
                : style.bold("Stopped after \(answered) of \(session.total) question\(session.total == 1 ? "" : "s"): \(session.score) right so far (\(session.score * 100 / answered)%).")
            if let resume, answered > 0 { out += "\nContinue later where you stopped: " + resume }
        } else {
            out += style.bold("Score: \(session.score) of \(session.total)")
        }
        out += "\n"
        let missed = session.answers.filter { !$0.isCorrect }
        if !missed.isEmpty {
            out += "Missed:\n"
            for answer in missed {
                guard let item = session.items.first(where: { $0.question.id == answer.id }) else { continue }
                let texts = item.question.rightKeys.compactMap { item.option(bankKey: $0)?.text }.map(inline)
                out += "  \(answer.id): \(rightAnswer(item))" + (texts.isEmpty ? "" : ") " + texts.joined(separator: " / ")) + "\n"
            }
            out += "Review them later with: pipeline quiz --review\n"
        }
        return out
    }

    /// The end of an exam: how it ended, the score, then every question with the answer given
    /// and the right one (the feedback held back until now).
    func examSummary(_ session: QuizSession, ending: QuizResult.Ending) -> String {
        let answered = session.answers.count
        var out = "\n"
        switch ending {
        case .finished: out += style.bold("Exam finished.")
        case .stopped: out += style.bold("Exam stopped after \(answered) of \(session.total) question\(session.total == 1 ? "" : "s").")
        case .interrupted: out += style.bold("Exam interrupted after \(answered) of \(session.total) question\(session.total == 1 ? "" : "s").")
        case .timeUp: out += style.bold("Time is up: \(answered) of \(session.total) question\(session.total == 1 ? "" : "s") answered.")
        }
        out += " " + style.bold("Score: \(session.score) of \(session.total)") + "\n"
        for (index, item) in session.items.enumerated() {
            let answer = index < answered ? session.answers[index] : nil
            let mark = answer?.isCorrect == true ? "✓" : answer?.response == nil ? "–" : "✗"
            let given = answer?.response.map { "you answered " + self.given($0, item) } ?? (answer == nil ? "not answered" : "skipped")
            let right = answer?.isCorrect == true ? "" : "; the answer is \(rightAnswer(item))"
            out += TextWrapper.wrapItem(marker: "\(mark) \(index + 1).", "\(item.question.id): \(given)\(right)", width: terminal.width, indent: 2) + "\n"
        }
        return out
    }
}
