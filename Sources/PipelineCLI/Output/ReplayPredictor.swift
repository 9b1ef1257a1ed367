import PipelineKit

/// `replay --predict`: before each row that passes a new value, and at the end of each run,
/// the learner types the value they expect; the row is then shown with a verdict and, for a
/// wrong guess, the reason. Answers come from the terminal or from `--answers`; the score is
/// saved after every answer, so Ctrl-C keeps what was answered.
struct ReplayPredictor {
    /// Where the guesses come from.
    enum Answers {
        case typed
        case scripted([String])
    }

    /// One asked prediction and what became of it.
    struct Outcome {
        enum Result: String {
            case right, wrong, skipped
        }

        var prediction: ValuePrediction
        var answer: String?
        var result: Result
    }

    let report: SessionReport
    let predictions: [ValuePrediction]
    /// How the session is named in the learner's progress.
    let session: String
    /// `run 1 with learning_rate=0.01 · run 2 with learning_rate=0.1`.
    let plan: String
    let answers: Answers
    let json: Bool
    let terminal: Terminal
    let stepper: ReplayStepper
    let style: Style
    let store: PracticeStore

    /// Plays the replay; returns the exit status (1 when the score could not be saved).
    func run() -> Int32 {
        var outcomes: [Outcome] = []
        var stopped = false
        var saveFailed = false
        var scripted: [String] = { if case .scripted(let list) = answers { return list } else { return [] } }()
        if !json { terminal.out.write(introduction) }
        let rows = report.table.rows
        rowLoop: for row in rows {
            var asked: [Outcome] = []
            for prediction in predictions where prediction.step == row.step {
                guard let answer = nextAnswer(for: prediction, scripted: &scripted) else {
                    stopped = true
                    break rowLoop
                }
                let outcome: Outcome
                if answer == nil {
                    outcome = Outcome(prediction: prediction, answer: nil, result: .skipped)
                } else {
                    let typed = answer ?? ""
                    outcome = Outcome(prediction: prediction, answer: typed, result: prediction.accepts(typed) ? .right : .wrong)
                }
                asked.append(outcome)
                outcomes.append(outcome)
                saveFailed = !save(outcomes, finished: false, failedBefore: saveFailed)
            }
            if !json {
                terminal.out.write(stepper.block(row: row.step))
                for outcome in asked { terminal.out.write(verdict(outcome)) }
            }
        }
        let finished = !stopped
        let saved = save(outcomes, finished: finished, failedBefore: saveFailed)
        terminal.interruption.exitNote = nil
        if json {
            terminal.out.write(jsonReport(outcomes, finished: finished).rendered() + "\n")
        } else {
            terminal.out.write("\n" + summary(outcomes, finished: finished, saved: saved) + "\n")
        }
        return saved ? ExitCode.success : ExitCode.failure
    }

    // MARK: - Asking

    /// The next guess: `.some(nil)` for a skip, `nil` when the learner stopped or the
    /// scripted answers ran out.
    private func nextAnswer(for prediction: ValuePrediction, scripted: inout [String]) -> String?? {
        let prompt = "\n" + style.bold("Predict") + style.dim(" · \(prediction.position) · run \(prediction.run) · \(prediction.action)") + "\n  "
            + style.cyan(prediction.question) + " = ? "
        switch answers {
        case .scripted:
            guard !scripted.isEmpty else { return nil }
            let answer = scripted.removeFirst().trimmingCharacters(in: .whitespaces)
            if !json { terminal.out.write(prompt + answer + "\n") }
            return answer == "-" ? .some(nil) : .some(answer)
        case .typed:
            terminal.out.write(prompt)
            while true {
                guard let line = terminal.readLine() else { return nil }
                let answer = line.trimmingCharacters(in: .whitespaces)
                switch answer.lowercased() {
                case "q", "quit": return nil
                case "s", "skip": return .some(nil)
                case "":
                    terminal.out.write(style.yellow("Type the value you expect (s skips, q stops): ") )
                default: return .some(answer)
                }
            }
        }
    }

    // MARK: - Text

    private var introduction: String {
        style.bold("Predict the replay of \(report.pipeline)") + ": \(predictions.count) prediction\(predictions.count == 1 ? "" : "s") over \(report.table.rows.count) steps.\n"
            + TextWrapper.wrap("This session: \(plan). Before each step that passes a new value, and at the end of each run, type the value you expect; "
                               + ExpectedValue.toleranceDescription + ". s skips, q stops; your score is saved after every answer.",
                               width: terminal.width, indent: 0) + "\n"
    }

    private func verdict(_ outcome: Outcome) -> String {
        let prediction = outcome.prediction
        switch outcome.result {
        case .right:
            return "  " + style.green("✓ right") + ": \(prediction.variable) = \(prediction.expected.shown)\n"
        case .skipped:
            return "  " + style.dim("skipped") + ": \(prediction.variable) = \(prediction.expected.shown)\n"
        case .wrong:
            let text = "you said \(outcome.answer ?? ""), it is \(prediction.expected.shown): " + prediction.explanation(for: outcome.answer ?? "") + "."
            return "  " + style.red("✗") + " " + TextWrapper.continuing(after: 4, text, width: terminal.width) + "\n"
        }
    }

    private func summary(_ outcomes: [Outcome], finished: Bool, saved: Bool) -> String {
        let right = outcomes.count { $0.result == .right }
        let skipped = outcomes.count { $0.result == .skipped }
        var text = "You predicted \(right) of \(outcomes.count) right"
        if skipped > 0 { text += " (\(skipped) skipped)" }
        if !finished { text += "; stopped after \(outcomes.count) of \(predictions.count) predictions" }
        return style.bold(text + ".") + (saved ? " Saved with your progress; `pipeline` shows it." : " Not saved: see the error above.")
    }

    // MARK: - Progress

    /// Saves the score so far; returns whether it was saved. The error is written once, not
    /// again after every answer (`failedBefore`).
    private func save(_ outcomes: [Outcome], finished: Bool, failedBefore: Bool) -> Bool {
        let right = outcomes.count { $0.result == .right }
        let answered = outcomes.count
        do {
            let (_, warning) = try store.update { $0.record(session: session, right: right, answered: answered, total: predictions.count, finished: finished) }
            if let warning { SavedProgress.warn(warning, terminal) }
        } catch {
            if !failedBefore { terminal.err.write(DiagnosticRenderer(colored: false).render(error.diagnostics)) }
            terminal.interruption.exitNote = "Your predictions could not be saved: see the error above."
            return false
        }
        terminal.interruption.exitNote = "Kept \(answered) prediction\(answered == 1 ? "" : "s") (\(right) right) with your progress."
        return true
    }

    // MARK: - JSON

    private func jsonReport(_ outcomes: [Outcome], finished: Bool) -> JSONValue {
        .object([
            ("pipeline", .string(report.pipeline)),
            ("session", .string(session)),
            ("tolerance", .number(ExpectedValue.relativeTolerance)),
            ("predictions", .array(outcomes.map { outcome in
                .object([
                    ("step", .integer(outcome.prediction.step)),
                    ("step_count", .integer(outcome.prediction.stepCount)),
                    ("run", .integer(outcome.prediction.run)),
                    ("cell", .string(outcome.prediction.cell.rawValue)),
                    ("variable", .string(outcome.prediction.variable)),
                    ("expected", .string(outcome.prediction.expected.shown)),
                    ("answer", outcome.answer.map(JSONValue.string) ?? .null),
                    ("result", .string(outcome.result.rawValue)),
                    ("explanation", outcome.result == .wrong ? .string(outcome.prediction.explanation(for: outcome.answer ?? "")) : .null),
                ])
            })),
            ("right", .integer(outcomes.count { $0.result == .right })),
            ("answered", .integer(outcomes.count)),
            ("total", .integer(predictions.count)),
            ("finished", .bool(finished)),
        ])
    }
}
