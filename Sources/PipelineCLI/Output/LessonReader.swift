import Foundation
import PipelineKit

/// Shows a lesson: section by section with pauses in a terminal, asking for a prediction
/// before each explanation; all at once otherwise.
struct LessonReader {
    let lesson: Lesson
    let terminal: Terminal
    let plain: Bool
    let colored: Bool
    let pauses: Bool

    /// Shows the lesson; true when the learner reached its end (false when they stopped).
    @discardableResult
    func read() -> Bool {
        let renderer = TerminalMarkdownRenderer(width: terminal.width, tableWidth: terminal.tableWidth, styler: colored ? ANSIStyler() : nil, plain: plain)
        let blocks = MarkdownParser.parse(lesson.body)
        guard pauses else {
            terminal.out.write(renderer.render(blocks))
            return true
        }
        let sections = LessonSection.split(blocks)
        var matched = 0, asked = 0
        for (index, section) in sections.enumerated() {
            for block in section.blocks {
                terminal.out.write(renderer.render(block))
                guard case .prediction(let prediction) = block else { continue }
                asked += 1
                let keys = prediction.options.map(\.key)
                var guess: String?
                while guess == nil {
                    guard let typed = ask("Your prediction (\(keys.joined(separator: "/"))), then Enter: ") else { return false }
                    if typed.lowercased() == "q" {
                        terminal.out.write("Stopped. Pick up again with: pipeline lesson show \(lesson.id)\n")
                        return false
                    }
                    if keys.contains(where: { $0.caseInsensitiveCompare(typed.trimmingCharacters(in: .whitespaces)) == .orderedSame }) {
                        guess = typed
                    } else {
                        terminal.out.write("'\(typed)' is not one of the choices: type \(keys.joined(separator: ", ")) (or q to stop).\n")
                    }
                }
                guard let guess else { return false }
                if prediction.isCorrect(guess) {
                    matched += 1
                    terminal.out.write(Style(enabled: colored).green("✓ Your prediction matches: \(prediction.answer).") + " Read on to see why.\n\n")
                } else {
                    terminal.out.write(Style(enabled: colored).yellow("✗ Not quite: the answer is \(prediction.answer).") + " The explanation follows.\n\n")
                }
            }
            if index < sections.count - 1 {
                let next = sections[index + 1].title.map { " (next: \($0))" } ?? ""
                guard let reply = ask("— Enter to continue\(next), q to stop — "), reply.lowercased() != "q" else {
                    terminal.out.write("Stopped. Pick up again with: pipeline lesson show \(lesson.id)\n")
                    return false
                }
            }
        }
        if asked > 0 { terminal.out.write("Predictions matched: \(matched) of \(asked).\n") }
        terminal.out.write("Next: pipeline lesson run \(lesson.id) · pipeline lesson practice \(lesson.id)\n")
        return true
    }

    /// Prompts and reads one line; nil at the end of input.
    private func ask(_ prompt: String) -> String? {
        terminal.out.write(prompt)
        let line = terminal.readLine()
        if line == nil { terminal.out.write("\n") }
        return line
    }
}
