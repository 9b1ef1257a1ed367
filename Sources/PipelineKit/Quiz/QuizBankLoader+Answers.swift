import Foundation

// MARK: - "answer", read by question type

extension QuizBankLoader {
    /// The right answer as the question's type writes it: a key (`"B"`) for `single` and
    /// `true_false`; a list of keys (`["A", "C"]`) for `multiple`; `{"value": 0.42,
    /// "tolerance": 0.01}` or `{"output": "final_loss", "run": 2, "tolerance": 0.001}` for
    /// `numeric`; one accepted answer or a list of them for `short`.
    mutating func key(_ node: YAMLNode?, kind: Question.Kind, in question: YAMLNode) -> Question.Key? {
        guard let node = decoder.required("answer", in: question, context: "this question", example: "\"answer\": " + Self.answerExample(kind)) else {
            return nil
        }
        let advice = Hint("write \"answer\": " + Self.answerExample(kind))
        switch kind {
        case .single, .trueFalse:
            return decoder.text(node, key: "answer", what: "an option key", hint: advice).map(Question.Key.option)
        case .multiple:
            guard let items = node.items, !items.isEmpty, items.allSatisfy({ $0.scalar?.style == .doubleQuoted }) else {
                decoder.report(Diagnostic(.error, at: node.location, "the answer of a multiple question is a list of option keys", hint: advice))
                return nil
            }
            return .options(items.compactMap { $0.scalar?.text })
        case .short:
            if node.scalar?.style == .doubleQuoted, let text = node.scalar?.text { return .text([text]) }
            guard let items = node.items, !items.isEmpty, items.allSatisfy({ $0.scalar?.style == .doubleQuoted }) else {
                decoder.report(Diagnostic(.error, at: node.location, "the answer of a short question is the accepted answer, or a list of them", hint: advice))
                return nil
            }
            return .text(items.compactMap { $0.scalar?.text })
        case .numeric:
            return numericKey(node)
        }
    }

    private mutating func numericKey(_ node: YAMLNode) -> Question.Key? {
        guard let entries = decoder.mapping(node, what: "an object for the answer of a numeric question",
                                            hint: Hint("write \"answer\": " + Self.answerExample(.numeric))) else {
            return nil
        }
        decoder.checkKeys(entries, allowed: ["value", "output", "run", "tolerance"], context: "a numeric answer")
        let tolerance = decoder.number(node["tolerance"], key: "tolerance", what: "a number of 0 or more", hint: "write \"tolerance\": 0.01") { $0 >= 0 }
        switch (node["value"], node["output"]) {
        case (let valueNode?, nil):
            guard let value = decoder.number(valueNode, key: "value", hint: "write \"value\": 0.42") else { return nil }
            return .number(Question.NumericAnswer(source: .value(value), tolerance: tolerance ?? 0))
        case (nil, .some):
            guard let output = decoder.text(node["output"], key: "output") else { return nil }
            guard let run = node["run"].flatMap({ decoder.numberValue($0) }).flatMap({ Int(exactly: $0) }), run >= 1 else {
                decoder.report(Diagnostic(.error, at: node["run"]?.location ?? node.location,
                                          "an answer read from the trace needs 'run': the run (1, 2, …) whose output it is", hint: "write \"run\": 2"))
                return nil
            }
            return .number(Question.NumericAnswer(source: .traceOutput(name: output, run: run), tolerance: tolerance ?? 0))
        case (.some, .some):
            decoder.report(Diagnostic(.error, at: node.location, "a numeric answer has either 'value' or 'output' (read from the trace), not both"))
            return nil
        case (nil, nil):
            decoder.report(Diagnostic(.error, at: node.location, "a numeric answer needs 'value' (a number) or 'output' and 'run' (read from the trace)",
                                      hint: "write \"answer\": " + Self.answerExample(.numeric)))
            return nil
        }
    }

    static func answerExample(_ kind: Question.Kind) -> String {
        switch kind {
        case .single, .trueFalse: return "\"B\" (the key of the right option)"
        case .multiple: return "[\"A\", \"C\"] (the keys of every right option)"
        case .numeric: return "{\"value\": 0.42, \"tolerance\": 0.01}, or {\"output\": \"final_loss\", \"run\": 2, \"tolerance\": 0.001} with a trace"
        case .short: return "[\"grid search\", \"grid\"] (the accepted answers; case and spacing do not matter)"
        }
    }
}
