import PipelineKit

/// The pace of a quiz in a terminal: each question on a fresh screen, a table taller than the
/// screen shown before its question, and the feedback kept on screen until Enter. With
/// scripted answers or JSON (`active` false) nothing waits and nothing is cleared.
struct QuizFlow {
    let terminal: Terminal
    let presenter: QuizPresenter
    let active: Bool

    /// Clears the screen (not on a `TERM=dumb` terminal, which cannot).
    private func clear() {
        guard active, terminal.environment["TERM"] != "dumb" else { return }
        terminal.out.write(ANSI.clearScreen)
    }

    /// Shows a question on a fresh screen (the first one of a sitting below what was printed
    /// before it). When its table and the question together are taller than the screen, the
    /// table comes first, then (after Enter) the stem and the options.
    func show(_ item: QuizSession.Item, number: Int, of total: Int, table: String?, first: Bool) {
        if !first { clear() }
        let whole = presenter.question(item, number: number, of: total, table: table)
        guard active, let table, let height = terminal.height, lines(whole) > height - 2 else {
            terminal.out.write(whole)
            return
        }
        terminal.out.write(presenter.heading(item, number: number, of: total) + "Execution table (from the engine):\n" + table)
        terminal.out.write(presenter.style.dim("— Enter to see the question about this table —") + " ")
        _ = terminal.readLine()
        clear()
        terminal.out.write(presenter.question(item, number: number, of: total, table: nil))
    }

    /// Waits after the feedback; false when the learner typed q (or input ended).
    func pause(last: Bool) -> Bool {
        guard active else { return true }
        terminal.out.write("\n" + presenter.style.dim(last ? "— Enter for your score —" : "— Enter for the next question, q to stop —") + " ")
        guard let line = terminal.readLine() else {
            terminal.out.write("\n")
            return false
        }
        return last || !["q", "quit"].contains(line.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Asks a yes/no question whose default is yes; false when not in a terminal.
    func confirm(_ prompt: String) -> Bool {
        guard active else { return false }
        terminal.out.write(prompt)
        guard let line = terminal.readLine() else { return false }
        return !["n", "no"].contains(line.trimmingCharacters(in: .whitespaces).lowercased())
    }

    private func lines(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).count
    }
}
