import Foundation

/// Makes fresh questions from a run session, answered from its trace, with wrong options
/// drawn from plausible mistakes: the neighbouring row, the other run's value, the default.
public struct QuestionGenerator: Sendable {
    var report: SessionReport
    var trace: Question.Trace

    public init(report: SessionReport, trace: Question.Trace) {
        self.report = report
        self.trace = trace
    }

    /// Up to `count` questions, cycling through the kinds the session supports.
    ///
    /// - Complexity: O(count · rows).
    public func generate(_ count: Int, seed: UInt64 = 1) -> [Question] {
        var random = SeededGenerator(seed: seed)
        var makers: [(inout SeededGenerator, Int) -> Question?] = [valueAtRow, firstCompletion, changedRows]
        if report.table.rows.contains(where: { $0.kind == .stepSkipped }) { makers.append(skippedStep) }
        var questions: [Question] = []
        var attempt = 0
        while questions.count < count, attempt < count * 4 {
            if let question = makers[attempt % makers.count](&random, questions.count + 1),
               !questions.contains(where: { $0.stem == question.stem }) {
                questions.append(question)
            }
            attempt += 1
        }
        return questions
    }

    private var here: SourceLocation { SourceLocation(file: "generated", line: 1, column: 1) }

    /// A question whose right option sits at a position drawn from `random`, so that the key
    /// follows the seed rather than always being A.
    private func make(_ number: Int, _ random: inout SeededGenerator, stem: String, right: String, wrong: [String], why: String,
                      check: Question.Trace.Check?, hint: String) -> Question? {
        var texts: [String] = []
        for text in wrong where text != right && !texts.contains(text) && texts.count < 3 { texts.append(text) }
        guard texts.count >= 2 else { return nil }
        let position = Int.random(in: 0...texts.count, using: &random)
        texts.insert(right, at: position)
        let keys = ["A", "B", "C", "D"]
        let options = texts.enumerated().map { index, text in
            Question.Option(key: keys[index], text: text, rationale: index == position ? "Right. \(why)" : "Wrong. The table shows \(right) here.")
        }
        let answer = keys[position]
        var withCheck = trace
        withCheck.check = check
        return Question(id: "generated-\(number)", kind: .single, stem: stem, options: options, key: .option(answer), hint: hint,
                        solution: Question.Solution(steps: [why], finalAnswer: "\(answer): \(right)", quickCheck: nil),
                        mistakes: ["Reading a neighbouring row", "Taking the other run's value"], tags: ["generated"],
                        difficulty: "easy", source: "generated from \(trace.pipeline)", trace: withCheck, shuffle: true, location: here)
    }

    private func valueAtRow(_ random: inout SeededGenerator, _ number: Int) -> Question? {
        let candidates = report.table.rows.filter { $0.run != nil && $0.value != "—" }
        guard let row = candidates.randomElement(using: &random) else { return nil }
        let others = Set(report.table.rows.filter { $0.run != nil && $0.value != row.value && $0.value != "—" }.map(\.value))
        let wrong = Array(others).sorted() + [ResolvedParameter.undefined, report.table.rows.first?.value ?? "—"]
        return make(number, &random, stem: "In the execution table above, what value is passed at step \(row.step)?", right: row.value, wrong: wrong,
                    why: "Row \(row.step) belongs to run \(row.run ?? 0), whose value is \(row.value).", check: .valueAtRow(row.step),
                    hint: "Find row \(row.step) and read its Value Passed column.")
    }

    private func firstCompletion(_ random: inout SeededGenerator, _ number: Int) -> Question? {
        let completions = report.table.rows.filter { $0.kind == .pipelineCompleted }
        guard let first = completions.first else { return nil }
        let wrong = ["Step \(first.step - 1)", "Step \(first.step + 1)", "Step \(completions.last?.step ?? first.step + 2)", "Step 1"]
        return make(number, &random, stem: "At which step does the pipeline first complete?", right: "Step \(first.step)", wrong: wrong,
                    why: "Row \(first.step) is the first 'Pipeline completes' row.", check: .firstCompletion,
                    hint: "Look for the first 'Pipeline completes' action.")
    }

    private func changedRows(_ random: inout SeededGenerator, _ number: Int) -> Question? {
        let runs = Set(report.table.rows.compactMap(\.run)).sorted()
        guard let run = runs.randomElement(using: &random) else { return nil }
        let rows = report.table.rows.filter { $0.run == run && ($0.kind == .stepStarted || $0.kind == .stepExecuted) }.map(\.step)
        guard !rows.isEmpty else { return nil }
        func name(_ steps: [Int]) -> String { steps.count == 1 ? "Step \(steps[0]) only" : "Steps " + steps.map(String.init).joined(separator: ", ").replacingLastComma() }
        let otherRun = report.table.rows.filter { $0.run != run && $0.run != nil && ($0.kind == .stepStarted || $0.kind == .stepExecuted) }.map(\.step)
        let trigger = report.table.rows.first { $0.run == run && $0.kind == .pipelineTriggered }?.step ?? 1
        let wrong = [otherRun.isEmpty ? "Step 1 only" : name(otherRun), name([trigger, trigger + 1]), "Step 1 only", name([report.table.rows.count])]
        return make(number, &random, stem: "If run \(run) were started with a different value, at which steps would its steps receive and use the new value?",
                    right: name(rows), wrong: wrong, why: "In run \(run) the steps receive their arguments and execute at rows \(rows.map(String.init).joined(separator: ", ")).",
                    check: .trainingRowsOfRun(run), hint: "Find the rows of run \(run) where a step starts and executes.")
    }

    private func skippedStep(_ random: inout SeededGenerator, _ number: Int) -> Question? {
        let skipped = report.table.rows.filter { $0.kind == .stepSkipped }
        guard let row = skipped.randomElement(using: &random) else { return nil }
        let ran = report.table.rows.filter { $0.kind == .stepExecuted && $0.run == row.run }.map { $0.action }
        let reason = row.effect.replacingOccurrences(of: "skipped: ", with: "")
        let right = "\(row.action.replacingOccurrences(of: " skipped", with: "")), because \(reason)"
        let wrong = ran.map { "\($0.replacingOccurrences(of: " executes", with: "")), because its condition was false" }
            + ["No step is skipped: every step always runs", "\(row.action.replacingOccurrences(of: " skipped", with: "")), because it failed"]
        return make(number, &random, stem: "Which step is skipped in run \(row.run ?? 0), and why?", right: right, wrong: wrong,
                    why: "Row \(row.step) says: \(row.effect).", check: nil, hint: "Look for a 'skipped' action.")
    }
}

extension String {
    /// `Steps 7, 8` → `Steps 7 and 8`.
    func replacingLastComma() -> String {
        guard let range = range(of: ", ", options: .backwards) else { return self }
        return replacingCharacters(in: range, with: " and ")
    }
}
