import PipelineKit

/// The welcome screen's "Practice by doing" lines: the latest predict-replay scores and the
/// fix-it exercises done, from the learner's saved practice progress.
enum PracticeSummary {
    /// Indented lines, each ending in a newline; one line inviting a first try when nothing was practised.
    static func lines(terminal: Terminal, style: Style) -> String {
        let progress = SavedProgress.practice(terminal)
        var out = ""
        let latest = progress.latestPredictions.prefix(2)
        if latest.isEmpty {
            out += "  Predictions: none yet  " + style.dim("(pipeline replay --predict)") + "\n"
        }
        for score in latest {
            var text = "Predictions in \(score.session): \(score.right) of \(score.total) right"
            if !score.finished { text += " (stopped after \(score.answered))" }
            if score.bestRight > score.right { text += ", best \(score.bestRight)" }
            out += TextWrapper.wrap(text, width: terminal.width, indent: 2, hanging: 4) + "\n"
        }
        let exercises = terminal.curriculum.exercises.exercises
        let done = exercises.count { progress.exercises[$0.id]?.done == true }
        let checks = progress.exercises.values.reduce(0) { $0 + $1.attempts }
        let hints = progress.exercises.values.reduce(0) { $0 + $1.hintsUsed }
        out += "  Exercises: \(done) of \(exercises.count) done"
            + (checks + hints > 0 ? " (\(checks) check\(checks == 1 ? "" : "s"), \(hints) hint\(hints == 1 ? "" : "s"))" : "")
        if let next = exercises.first(where: { progress.exercises[$0.id]?.done != true }) {
            out += "  " + style.dim(progress.exercises[next.id] == nil ? "(next: pipeline exercise start \(next.id))" : "(next: pipeline exercise check \(next.id))")
        }
        return out + "\n"
    }
}
