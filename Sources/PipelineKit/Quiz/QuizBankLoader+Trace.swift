// MARK: - "trace": the run session a question replays

extension QuizBankLoader {
    mutating func trace(_ node: YAMLNode?) -> Question.Trace? {
        guard let node else { return nil }
        guard let entries = decoder.mapping(node, what: "a trace such as {\"pipeline\": \"train-lr\", \"runs\": [\"…\"]}") else { return nil }
        decoder.checkKeys(entries, allowed: ["pipeline", "runs", "check"], context: "a trace")
        guard let pipeline = decoder.requiredText("pipeline", in: node, context: "this trace", example: "\"pipeline\": \"train-lr\"") else { return nil }
        let check = node["check"].flatMap { traceCheck($0) }
        return Question.Trace(pipeline: pipeline, runs: strings(node["runs"], "runs"), check: check)
    }

    /// `{"kind": "value_at_row", "row": 7, "parameter": "learning_rate"}`, `{"kind": "first_completion"}`,
    /// `{"kind": "training_rows_of_run", "run": 2}`; each kind takes only its own keys.
    private mutating func traceCheck(_ node: YAMLNode) -> Question.Trace.Check? {
        let kinds = ["value_at_row": ["row", "parameter"], "first_completion": [], "training_rows_of_run": ["run"]]
        let usage = "use value_at_row (with row, and parameter for a row that passes several), first_completion, or training_rows_of_run (with run)"
        guard let entries = decoder.mapping(node, what: "an object such as {\"kind\": \"value_at_row\", \"row\": 7} for 'check'", hint: Hint(usage)),
              let kind = decoder.requiredText("kind", in: node, context: "this check", example: "\"kind\": \"value_at_row\"") else { return nil }
        guard let allowed = kinds[kind] else {
            let at = node["kind"]?.location ?? node.location
            decoder.report(Diagnostic(.error, at: at, "unknown trace check '\(kind)'",
                                      hint: NameSuggester.hint(for: kind, in: Array(kinds.keys), then: usage)))
            return nil
        }
        decoder.checkKeys(entries, allowed: ["kind"] + allowed, context: "a \(kind) check")
        func number(_ key: String) -> Int? {
            guard let value = decoder.required(key, in: node, context: "a \(kind) check", example: "\"\(key)\": 1 (counted from 1)") else { return nil }
            return decoder.wholeNumber(value, key: key, what: "a whole number from 1", hint: "write \"\(key)\": 7") { $0 >= 1 }
        }
        switch kind {
        case "value_at_row":
            guard let row = number("row") else { return nil }
            guard node["parameter"] != nil else { return .valueAtRow(row) }
            return decoder.text(node["parameter"], key: "parameter").map { .parameterAtRow(row: row, parameter: $0) }
        case "training_rows_of_run":
            return number("run").map(Question.Trace.Check.trainingRowsOfRun)
        default:
            return .firstCompletion
        }
    }
}
