import Foundation

// MARK: - "answer", read by question type

extension QuizBankLoader {
    /// The right answer as the question's type writes it: a key (`"B"`) for `single` and
    /// `true_false`; a list of keys (`["A", "C"]`) for `multiple`; `{"value": 0.42,
    /// "tolerance": 0.01}` or `{"output": "final_loss", "run": 2, "tolerance": 0.001}` for
    /// `numeric`; one accepted answer or a list of them for `short`.
    mutating func key(_ node: YAMLNode?, kind: Question.Kind, in question: YAMLNode) -> Question.Key? {
        guard let node else {
            error(question.location, "missing required key 'answer'", hint: "add \"answer\": " + Self.answerExample(kind))
            return nil
        }
        switch kind {
        case .single, .trueFalse:
            return string(node, "answer", in: question, required: true).map(Question.Key.option)
        case .multiple:
            guard let items = node.items, !items.isEmpty, items.allSatisfy({ $0.scalar?.style == .doubleQuoted }) else {
                error(node.location, "the answer of a multiple question is a list of option keys", hint: "write \"answer\": " + Self.answerExample(kind))
                return nil
            }
            return .options(items.compactMap { $0.scalar?.text })
        case .short:
            if node.scalar?.style == .doubleQuoted, let text = node.scalar?.text { return .text([text]) }
            guard let items = node.items, !items.isEmpty, items.allSatisfy({ $0.scalar?.style == .doubleQuoted }) else {
                error(node.location, "the answer of a short question is the accepted answer, or a list of them", hint: "write \"answer\": " + Self.answerExample(kind))
                return nil
            }
            return .text(items.compactMap { $0.scalar?.text })
        case .numeric:
            return numericKey(node)
        }
    }

    private mutating func numericKey(_ node: YAMLNode) -> Question.Key? {
        guard node.entries != nil else {
            error(node.location, "the answer of a numeric question is an object", hint: "write \"answer\": " + Self.answerExample(.numeric))
            return nil
        }
        unknownKeys(node, allowed: ["value", "output", "run", "tolerance"], context: "a numeric answer")
        let number = { (key: String) -> Double? in
            guard let scalar = node[key]?.scalar, scalar.style == .plain else { return nil }
            return Double(scalar.text).flatMap { $0.isFinite ? $0 : nil }
        }
        var tolerance = 0.0
        if let toleranceNode = node["tolerance"] {
            if let value = number("tolerance"), value >= 0 { tolerance = value } else {
                error(toleranceNode.location, "'tolerance' must be a number of 0 or more", hint: "write \"tolerance\": 0.01")
            }
        }
        switch (node["value"], node["output"]) {
        case (let valueNode?, nil):
            guard let value = number("value") else {
                error(valueNode.location, "'value' must be a number", hint: "write \"value\": 0.42")
                return nil
            }
            return .number(Question.NumericAnswer(source: .value(value), tolerance: tolerance))
        case (nil, .some):
            guard let output = string(node["output"], "output", in: node, required: true) else { return nil }
            guard let run = number("run").flatMap({ Int(exactly: $0) }), run >= 1 else {
                error(node["run"]?.location ?? node.location, "an answer read from the trace needs 'run': the run (1, 2, …) whose output it is",
                      hint: "write \"run\": 2")
                return nil
            }
            return .number(Question.NumericAnswer(source: .traceOutput(name: output, run: run), tolerance: tolerance))
        case (.some, .some):
            error(node.location, "a numeric answer has either 'value' or 'output' (read from the trace), not both")
            return nil
        case (nil, nil):
            error(node.location, "a numeric answer needs 'value' (a number) or 'output' and 'run' (read from the trace)",
                  hint: "write \"answer\": " + Self.answerExample(.numeric))
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
