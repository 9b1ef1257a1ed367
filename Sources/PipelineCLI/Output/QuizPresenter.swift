import PipelineKit

/// How a quiz looks in the terminal: the question, the feedback after an answer, the score.
struct QuizPresenter {
    let terminal: Terminal
    let style: Style

    private func wrap(_ text: String, indent: Int = 0) -> String {
        TextWrapper.wrap(text, width: terminal.width, indent: indent) + "\n"
    }

    private var markdown: TerminalMarkdownRenderer {
        TerminalMarkdownRenderer(width: terminal.width, tableWidth: terminal.tableWidth, styler: style.enabled ? ANSIStyler() : nil, plain: false)
    }

    /// Stem or option text with its Markdown rendered as lessons render it.
    func inline(_ text: String) -> String { InlineMarkdown(styler: style.enabled ? ANSIStyler() : nil).render(text) }

    /// `Question 6 of 19  [pr-visual-step7]`.
    func heading(_ item: QuizSession.Item, number: Int, of total: Int) -> String {
        "\n" + style.bold("Question \(number) of \(total)") + style.dim("  [\(item.question.id)]") + "\n"
    }

    func question(_ item: QuizSession.Item, number: Int, of total: Int, table: String?) -> String {
        var out = heading(item, number: number, of: total)
        if let table { out += "Execution table (from the engine):\n" + table }
        var stem = markdown.render(MarkdownParser.parse(item.question.stem))
        while stem.hasSuffix("\n") { stem.removeLast() }
        out += stem + "\n"
        for option in item.options { out += TextWrapper.wrapItem(marker: "\(option.key))", inline(option.option.text), width: terminal.width, indent: 2) + "\n" }
        switch item.question.kind {
        case .multiple: out += style.dim("(Choose every right option.)") + "\n"
        case .numeric: out += style.dim("(Type a number.)") + "\n"
        case .short: out += style.dim("(Type a short answer.)") + "\n"
        case .single, .trueFalse: break
        }
        return out
    }

    /// The prompt for one question.
    func prompt(_ item: QuizSession.Item, exam: Bool) -> String {
        let keys = item.options.map(\.key)
        let commands = exam ? "s skip, q stop" : "s skip, h hint, q stop"
        switch item.question.kind {
        case .single: return "Your answer (\(keys.first ?? "A")–\(keys.last ?? "D"), \(commands)): "
        case .trueFalse: return "Your answer (\(keys.joined(separator: "/")) or T/F, \(commands)): "
        case .multiple: return "Your answers (letters such as \(keys.prefix(2).joined(separator: ",")), \(commands)): "
        case .numeric: return "Your answer (a number, \(commands)): "
        case .short: return "Your answer (\(commands)): "
        }
    }

    /// What the learner typed that is not an answer to this question.
    func notAnAnswer(_ line: String, _ item: QuizSession.Item) -> String {
        let keys = item.options.map(\.key).joined(separator: ", ")
        switch item.question.kind {
        case .single: return "'\(line)' is not an option: type one of \(keys) or its number.\n"
        case .trueFalse: return "'\(line)' is not an option: type \(keys), T or F.\n"
        case .multiple: return "'\(line)' is not a list of options: type the letters of every right one (\(keys)), such as A,C.\n"
        case .numeric: return "'\(line)' is not a number: type one such as 0.25.\n"
        case .short: return "Type your answer, s to skip or q to stop.\n"
        }
    }

    func hint(_ item: QuizSession.Item) -> String {
        style.cyan("Hint: ") + (item.question.hint.map(inline) ?? "no hint for this one: read each option against the stem.") + "\n"
    }

    /// The right answer as shown in this sitting: `B`, `A and C`, `0.42 (± 0.01)`, `grid search`.
    func rightAnswer(_ item: QuizSession.Item) -> String {
        switch item.question.key {
        case .option, .options: return Self.list(item.correctKeys)
        case .number(let answer):
            guard let number = item.number else { return "unknown" }
            return QuizResult.numberText(number) + (answer.tolerance > 0 ? " (± \(QuizResult.numberText(answer.tolerance)))" : "")
        case .text(let accepted): return accepted.first ?? ""
        }
    }

    /// A response as the learner gave it: display letters, or the text typed.
    func given(_ response: QuizResponse, _ item: QuizSession.Item) -> String {
        switch response {
        case .options(let keys): return Self.list(item.displayed(keys))
        case .number(_, let typed): return typed
        case .text(let text): return text
        }
    }

    /// `A`, `A and C`, `A, C and D`.
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    func feedback(_ item: QuizSession.Item, answer: QuizSession.Answer) -> String {
        var out = ""
        let right = rightAnswer(item)
        if let response = answer.response {
            let given = given(response, item)
            let verb: String = { if case .options = response { return "chose" } else { return "answered" } }()
            out += answer.isCorrect ? style.green("✓ Right: \(given).") + "\n" : style.red("✗ Not quite: you \(verb) \(given); the answer is \(right).") + "\n"
            if case .options(let keys) = response {
                for key in keys { out += rationale(of: key, in: item) }
            }
        } else {
            out += style.yellow("Skipped: the answer is \(right).") + "\n"
        }
        if !answer.isCorrect {
            let chosen: [String] = { if case .options(let keys)? = answer.response { return keys } else { return [] } }()
            for key in item.question.rightKeys where !chosen.contains(key) { out += rationale(of: key, in: item) }
        }
        out += explanation(item)
        return out
    }

    /// Why an option is right or wrong; on a `multiple` question led by the letter it was shown under.
    private func rationale(of bankKey: String, in item: QuizSession.Item) -> String {
        guard let rationale = item.option(bankKey: bankKey)?.rationale else { return "" }
        guard item.question.kind == .multiple, let letter = item.displayed([bankKey]).first else { return wrap(inline(rationale), indent: 2) }
        return TextWrapper.wrapItem(marker: "\(letter))", inline(rationale), width: terminal.width, indent: 2) + "\n"
    }

    /// The worked solution and the common mistakes.
    private func explanation(_ item: QuizSession.Item) -> String {
        var out = ""
        if let solution = item.question.solution {
            if !solution.steps.isEmpty {
                out += style.bold("Solution") + "\n"
                for (index, step) in solution.steps.enumerated() { out += TextWrapper.wrapItem(marker: "\(index + 1).", inline(step), width: terminal.width, indent: 2) + "\n" }
            }
            if let final = solution.finalAnswer { out += style.bold("Final answer: ") + inline(final) + "\n" }
            if let check = solution.quickCheck { out += style.bold("Quick check: ") + inline(check) + "\n" }
        }
        if !item.question.mistakes.isEmpty {
            out += style.bold("Common mistakes") + "\n"
            for mistake in item.question.mistakes { out += TextWrapper.wrapItem(marker: "-", inline(mistake), width: terminal.width, indent: 2) + "\n" }
        }
        return out
    }
}
