import Foundation
import PipelineKit

/// What `pipeline` with no arguments prints: what the tool is, the learning path with your
/// progress, and what to try next.
enum Welcome {
    static func text(terminal: Terminal) -> String {
        let style = Style(enabled: terminal.colorsOut(.auto))
        var out = TextWrapper.wrap(style.bold("pipeline \(PipelineCLI.version)") + " — learn parameterized ML pipeline runs by doing them.",
                                   width: terminal.width, indent: 0, hanging: 2) + "\n\n"
        out += TextWrapper.wrap("One pipeline definition, many runs: each run passes its own parameter values, every step receives them, "
                                + "and what the run produces depends on them. Here the steps do real work (training is real gradient descent), "
                                + "so you can watch that happen.", width: terminal.width, indent: 0) + "\n\n"
        out += style.bold("Learning path") + "\n"
        let progress = SavedProgress.quiz(terminal)
        let curriculum = terminal.curriculum
        let lessons = curriculum.lessons.lessons
        let quizzes = curriculum.quizzes
        if let course = curriculum.course {
            out += TextWrapper.wrap("Course: \(course.displayTitle) (\(course.name)), its lessons beside the built-in ones", width: terminal.width, indent: 0, hanging: 2) + "\n"
        }
        for lesson in lessons {
            let read = progress.hasRead(lesson.id) ? "read, " : ""
            let status = PracticeStatus.describe(lesson, terminal: terminal, quizzes: quizzes)
            out += TextWrapper.wrapItem(marker: "\(lesson.order).", "\(lesson.title)  " + style.dim("(\(lesson.id), \(read)practice: \(status))"),
                                        width: terminal.width, indent: 2) + "\n"
        }
        out += "\n" + style.bold("Practice by doing") + "\n" + PracticeSummary.lines(terminal: terminal, style: style)
        out += "\n" + style.bold("Try next") + "\n"
        // One layout for the whole list: two columns when every line fits, else each command
        // above its description (a mix of the two reads as a mistake).
        let steps = tryNext(lessons, quizzes: quizzes, progress: progress, terminal: terminal)
        let column = steps.map { TextWidth.of($0.0) }.max() ?? 0
        let inColumns = steps.allSatisfy { 2 + column + 2 + TextWidth.of($0.1) <= terminal.width }
        for (command, what) in steps {
            out += inColumns ? "  " + style.cyan(command.padding(toLength: column, withPad: " ", startingAt: 0)) + "  " + what + "\n"
                : "  " + style.cyan(command) + "\n" + TextWrapper.wrap(what, width: terminal.width, indent: 6) + "\n"
        }
        out += "\n" + TextWrapper.wrap("Help: pipeline --help · pipeline help TOPIC · pipeline COMMAND --help", width: terminal.width, indent: 0, hanging: 6) + "\n"
        return out
    }

    /// What to do next, following progress: the next lesson not read yet, then its practice;
    /// once every lesson is read and practised, review; then the commands to explore with.
    static func tryNext(_ lessons: [Lesson], quizzes: QuizCatalog, progress: QuizProgress, terminal: Terminal) -> [(String, String)] {
        var steps: [(String, String)] = []
        let unpractised = lessons.first { lesson in
            let ids = PracticeStatus.questionIDs(for: lesson, in: quizzes)
            return !ids.isEmpty && !progress.passed(ids)
        }
        if let next = lessons.first(where: { !progress.hasRead($0.id) }) {
            steps.append(("pipeline lesson show \(next.order)", "read lesson \(next.order): \(next.title)"))
            steps.append(("pipeline lesson practice \(next.id)", "then answer its questions"))
        } else if let lesson = unpractised {
            steps.append(("pipeline lesson practice \(lesson.id)", "practise lesson \(lesson.order): \(lesson.title)"))
        }
        let allIDs = quizzes.banks.flatMap { $0.questions.map(\.id) }
        let due = progress.dueForReview(among: allIDs).count
        if due > 0 { steps.append(("pipeline quiz --review", "\(due) question\(due == 1 ? "" : "s") you missed or that are due again")) }
        steps.append(("pipeline run train-lr --param learning_rate=0.01", "one parameterized run"))
        steps.append(("pipeline replay", "the step-by-step lesson's two runs, step by step"))
        if due == 0 { steps.append(("pipeline quiz", "the practice questions, one bank at a time")) }
        steps.append(("pipeline bench --quick", "how run time grows with steps and models"))
        return steps
    }
}
