import Foundation

/// Whether a trace question's right option says what the engine's execution table says.
///
/// With `trace.check` the claim is stated; without it, the claim is worked out from the stem
/// when the stem asks one of the questions a check can state ("the value passed at step 7",
/// "the first completion", "the steps of run 2 that receive the value"); otherwise the answer
/// is reported as unchecked. Values are compared as the engine reads them: `0.10` is `0.1`.
enum TraceAnswer {
    /// Every problem with the question's answer against the session, errors and warnings.
    static func problems(_ question: Question, trace: Question.Trace, report: SessionReport, definition: PipelineDefinition) -> [Diagnostic] {
        let at = question.location
        let name = "question '\(question.id)'"
        guard let right = question.correctOption else { return [] }
        let stated = trace.check
        guard let check = stated ?? inferred(from: question.stem, definition: definition) else {
            return [Diagnostic(.warning, at: at, "the answer of \(name) is not checked against the engine: its stem asks nothing lint can work out",
                               hint: "add \"check\" to its trace (value_at_row, first_completion or training_rows_of_run; see quizzes/README.md) so lint proves the answer")]
        }
        let source = stated == nil ? " (checked from the stem as \(describe(check)); add \"check\" to the trace to state it)" : ""
        let table = report.table
        switch check {
        case .valueAtRow(let row), .parameterAtRow(let row, _):
            guard row >= 1, row <= table.rows.count else {
                return [Diagnostic(.error, at: at, "the trace check of \(name) points at row \(row), past the execution table (\(table.rows.count) rows)")]
            }
            let cells = table.rows[row - 1]
            var parameters = cells.parameters
            var values = cells.values
            if case .parameterAtRow(_, let parameter) = check {
                guard let index = parameters.firstIndex(of: parameter), index < values.count else {
                    return [Diagnostic(.error, at: at, "the trace check of \(name) names parameter '\(parameter)', but row \(row) passes "
                                       + (parameters.isEmpty ? "no parameter" : parameters.joined(separator: ", ")),
                                       hint: "name a parameter of that row, or another row")]
                }
                parameters = [parameter]
                values = [values[index]]
            }
            guard agrees(right.text, with: values, parameters: parameters, definition: definition) else {
                var hint = "fix the answer or the trace"
                if parameters.count > 1 { hint = "row \(row) passes several values (\(parameters.joined(separator: ", "))): name one with \"parameter\" in the check, or " + hint }
                return [Diagnostic(.error, at: at, "\(name) answers '\(right.text)', but row \(row) of the engine's execution table passes "
                                   + (values.isEmpty ? "no value" : values.joined(separator: ", ")) + source, hint: hint)]
            }
        case .firstCompletion, .trainingRowsOfRun:
            guard let expected = TraceQuestions.expectedAnswer(check, in: table), !expected.isEmpty else {
                return [Diagnostic(.error, at: at, "the trace check of \(name) finds no such rows in the execution table (\(table.rows.count) rows)")]
            }
            let numbers = right.text.split { !$0.isNumber }.map(String.init).joined(separator: ",")
            guard numbers == expected else {
                return [Diagnostic(.error, at: at, "\(name) answers '\(right.text)', but the engine's execution table says "
                                   + (expected.contains(",") ? "steps " : "step ") + expected.replacingOccurrences(of: ",", with: ", ") + source,
                                   hint: "fix the answer or the trace")]
            }
        }
        return []
    }

    /// Whether an option's text states `values` (one per parameter, in order, joined by `, `),
    /// each compared as the engine reads a value of that parameter's type.
    static func agrees(_ text: String, with values: [String], parameters: [String], definition: PipelineDefinition) -> Bool {
        let given = values.count > 1 ? text.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) } : [text.trimmingCharacters(in: .whitespaces)]
        guard given.count == values.count else { return false }
        for (index, value) in values.enumerated() {
            let type = index < parameters.count ? definition.parameter(named: parameters[index])?.type : nil
            if !same(given[index], value, type: type) { return false }
        }
        return true
    }

    /// `0.10` and `0.1` are the same float; `32` and `32.0` are not the same int; text is compared as written.
    static func same(_ a: String, _ b: String, type: ParameterType?) -> Bool {
        if a == b { return true }
        if let type, let left = try? ValueParser.parse(a, as: type), let right = try? ValueParser.parse(b, as: type) { return left == right }
        if type == nil, let left = Double(a), let right = Double(b) { return left == right }
        return false
    }

    // MARK: - Working the check out from the stem

    /// The check a stem asks for, when it asks one a check can state.
    static func inferred(from stem: String, definition: PipelineDefinition) -> Question.Trace.Check? {
        let words = stem.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        func number(after keys: Set<String>) -> Int? {
            for (index, word) in words.enumerated().dropLast() where keys.contains(word) {
                if let value = Int(words[index + 1]) { return value }
            }
            return nil
        }
        let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4]
        if words.contains("first"), words.contains(where: { $0.hasPrefix("complet") || $0.hasPrefix("finish") }), !words.contains("run") || words.contains("time") {
            return .firstCompletion
        }
        let run = number(after: ["run"]) ?? words.indices.dropLast().first { ordinals[words[$0]] != nil && words[$0 + 1] == "run" }.flatMap { ordinals[words[$0]] }
        if let run, words.contains(where: { $0.hasPrefix("receiv") }) { return .trainingRowsOfRun(run) }
        if let row = number(after: ["step", "row"]), words.contains(where: { $0 == "value" || $0 == "passed" || $0.hasPrefix("receiv") }) {
            let named = definition.parameters.map(\.name).filter { words.contains($0.lowercased()) }
            return named.count == 1 ? .parameterAtRow(row: row, parameter: named[0]) : .valueAtRow(row)
        }
        return nil
    }

    /// A check in words, for messages: `the value passed at step 7`.
    static func describe(_ check: Question.Trace.Check) -> String {
        switch check {
        case .valueAtRow(let row): return "the value passed at step \(row)"
        case .parameterAtRow(let row, let parameter): return "the \(parameter) passed at step \(row)"
        case .firstCompletion: return "the step of the first completion"
        case .trainingRowsOfRun(let run): return "the steps where run \(run)'s steps receive their values"
        }
    }
}
