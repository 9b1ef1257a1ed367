import Foundation

/// Writes a bank as the JSON `quizzes/README.md` describes, so generated questions can be
/// saved, linted and asked again like any teacher's bank.
enum QuizBankWriter {
    /// The bank's JSON text (two-space indentation, ending in a newline).
    static func text(_ bank: QuizBank) -> String {
        var fields: [(String, JSONValue)] = [("id", .string(bank.id)), ("title", .string(bank.title))]
        if let topic = bank.topic { fields.append(("topic", .string(topic))) }
        if let lesson = bank.lesson { fields.append(("lesson", .string(lesson))) }
        fields.append(("questions", .array(bank.questions.map(question))))
        return JSONValue.object(fields).rendered() + "\n"
    }

    private static func question(_ question: Question) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(question.id)), ("type", .string(question.kind.rawValue)), ("stem", .string(question.stem))]
        if !question.options.isEmpty {
            fields.append(("options", .array(question.options.map { option in
                .object([("key", .string(option.key)), ("text", .string(option.text))] + (option.rationale.map { [("rationale", JSONValue.string($0))] } ?? []))
            })))
        }
        fields.append(("answer", answer(question.key)))
        if let hint = question.hint { fields.append(("hint", .string(hint))) }
        if let solution = question.solution {
            var parts: [(String, JSONValue)] = [("steps", .array(solution.steps.map(JSONValue.string)))]
            if let final = solution.finalAnswer { parts.append(("final_answer", .string(final))) }
            if let check = solution.quickCheck { parts.append(("quick_check", .string(check))) }
            fields.append(("solution", .object(parts)))
        }
        if !question.mistakes.isEmpty { fields.append(("mistakes", .array(question.mistakes.map(JSONValue.string)))) }
        if !question.tags.isEmpty { fields.append(("tags", .array(question.tags.map(JSONValue.string)))) }
        if let difficulty = question.difficulty { fields.append(("difficulty", .string(difficulty))) }
        if let trace = question.trace {
            var parts: [(String, JSONValue)] = [("pipeline", .string(trace.pipeline)), ("runs", .array(trace.runs.map(JSONValue.string)))]
            if let check = trace.check { parts.append(("check", self.check(check))) }
            fields.append(("trace", .object(parts)))
        }
        if !question.shuffle { fields.append(("shuffle", .bool(false))) }
        return .object(fields)
    }

    private static func answer(_ key: Question.Key) -> JSONValue {
        switch key {
        case .option(let key): return .string(key)
        case .options(let keys): return .array(keys.map(JSONValue.string))
        case .text(let accepted): return .array(accepted.map(JSONValue.string))
        case .number(let answer):
            var parts: [(String, JSONValue)]
            switch answer.source {
            case .value(let value): parts = [("value", .number(value))]
            case .traceOutput(let name, let run): parts = [("output", .string(name)), ("run", .integer(run))]
            }
            return .object(parts + [("tolerance", .number(answer.tolerance))])
        }
    }

    private static func check(_ check: Question.Trace.Check) -> JSONValue {
        switch check {
        case .valueAtRow(let row): return .object([("kind", .string("value_at_row")), ("row", .integer(row))])
        case .parameterAtRow(let row, let parameter):
            return .object([("kind", .string("value_at_row")), ("row", .integer(row)), ("parameter", .string(parameter))])
        case .firstCompletion: return .object([("kind", .string("first_completion"))])
        case .trainingRowsOfRun(let run): return .object([("kind", .string("training_rows_of_run")), ("run", .integer(run))])
        }
    }
}

extension QuizBank {
    /// A bank of questions generated from a run session, with its JSON text and hash: saved as
    /// a file, it loads back as the same bank with the same hash.
    ///
    /// - Parameter id: the bank id; question ids become `ID-1`, `ID-2`, ….
    public static func generated(_ questions: [Question], id: String, pipeline: String) -> (bank: QuizBank, text: String) {
        var numbered = questions
        for index in numbered.indices { numbered[index].id = "\(id)-\(index + 1)" }
        var bank = QuizBank(id: id, title: "Questions generated from \(pipeline)", topic: "generated", lesson: nil, questions: numbered, file: id + ".json")
        let text = QuizBankWriter.text(bank)
        bank.hash = PipelineDefinition.hash(of: text)
        return (bank, text)
    }
}
