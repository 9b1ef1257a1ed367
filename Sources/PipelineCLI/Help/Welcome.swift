import Foundation
import PipelineKit

/// What `pipeline` with no arguments prints: what the tool is, the learning path with your
/// progress, and what to try next.
enum Welcome {
    static func text(terminal: Terminal) -> String {
        let style = Style(enabled: terminal.colorsOut(.auto))
        var out = style.bold("pipeline \(PipelineCLI.version)") + " — learn parameterized ML pipeline runs by doing them.\n\n"
        out += TextWrapper.wrap("One pipeline definition, many runs: each run passes its own parameter values, every step receives them, "
                                + "and what the run produces depends on them. Here the steps do real work (training is real gradient descent), "
                                + "so you can watch that happen.", width: terminal.width, indent: 0) + "\n\n"
        out += style.bold("Learning path") + "\n"
        for lesson in LessonCatalog.bundled().lessons {
            let status = PracticeStatus.describe(lesson, terminal: terminal)
            out += "  \(lesson.order). \(lesson.title)  " + style.dim("(\(lesson.id), \(status))") + "\n"
        }
        out += "\n" + style.bold("Try next") + "\n"
        let commands = [
            ("pipeline lesson show purpose", "start the first lesson"),
            ("pipeline run train-lr --param learning_rate=0.01", "one parameterized run"),
            ("pipeline replay", "the step-by-step lesson's two runs, step by step"),
            ("pipeline bench --quick", "how run time grows with steps and models"),
            ("pipeline quiz", "the practice questions"),
        ]
        for (command, what) in commands { out += "  " + style.cyan(command.padding(toLength: 52, withPad: " ", startingAt: 0)) + what + "\n" }
        out += "\nHelp: pipeline --help · pipeline help TOPIC · pipeline COMMAND --help\n"
        return out
    }
}
