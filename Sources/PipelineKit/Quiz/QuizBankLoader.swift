/// Reads a question bank from JSON, with a location for every problem. Only `id`, `title`,
/// `questions` and each question's `id`, `type`, `stem`, `options` (`key`, `text`) and `answer`
/// are required; unknown keys are refused so a misspelt one is not silently ignored.
public struct QuizBankLoader {
    static let bankKeys = ["$schema", "id", "title", "topic", "lesson", "questions"]
    static let questionKeys = ["id", "type", "stem", "options", "answer", "hint", "solution", "mistakes", "tags", "difficulty", "source", "trace", "shuffle"]

    private var problems: [Diagnostic] = []

    /// The bank and every problem found; the bank is nil when it cannot be used at all.
    public static func load(text: String, file: String) -> (bank: QuizBank?, problems: [Diagnostic]) {
        let root: YAMLNode
        do {
            root = try JSONReader.parse(text, file: file)
        } catch {
            return (nil, [error.diagnostic])
        }
        var loader = QuizBankLoader()
        var bank = loader.bank(root, file: file)
        bank?.hash = PipelineDefinition.hash(of: text)
        return (bank, loader.problems)
    }

    /// The bank, or an error listing every problem.
    static func bank(text: String, file: String) throws(DiagnosticError) -> QuizBank {
        let (bank, problems) = load(text: text, file: file)
        guard let bank, problems.allSatisfy({ $0.severity != .error }) else { throw DiagnosticError(problems.filter { $0.severity == .error }) }
        return bank
    }

    mutating func error(_ at: SourceLocation, _ message: String, hint: String? = nil) {
        problems.append(Diagnostic(.error, at: at, message, hint: hint))
    }

    mutating func unknownKeys(_ node: YAMLNode, allowed: [String], context: String) {
        for entry in node.entries ?? [] where !allowed.contains(entry.key.text) {
            let suggestion = NameSuggester.closest(to: entry.key.text, in: allowed)
            error(entry.key.location, "unknown key '\(entry.key.text)' in \(context)",
                  hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "allowed: " + allowed.filter { $0 != "$schema" }.joined(separator: ", "))
        }
    }

    mutating func string(_ node: YAMLNode?, _ key: String, in parent: YAMLNode, required: Bool) -> String? {
        guard let node else {
            if required { error(parent.location, "missing required key '\(key)'", hint: "add \"\(key)\": …") }
            return nil
        }
        guard let scalar = node.scalar, scalar.style == .doubleQuoted else {
            error(node.location, "'\(key)' must be a string", hint: "write \"\(key)\": \"…\"")
            return nil
        }
        return scalar.text
    }

    mutating func strings(_ node: YAMLNode?, _ key: String) -> [String] {
        guard let node else { return [] }
        guard let items = node.items, items.allSatisfy({ $0.scalar?.style == .doubleQuoted }) else {
            error(node.location, "'\(key)' must be a list of strings")
            return []
        }
        return items.compactMap { $0.scalar?.text }
    }

    private mutating func bank(_ root: YAMLNode, file: String) -> QuizBank? {
        guard root.entries != nil else {
            error(root.location, "a question bank is a JSON object, but this file holds \(root.kindDescription)",
                  hint: "start from the example in quizzes/README.md")
            return nil
        }
        unknownKeys(root, allowed: Self.bankKeys, context: "the bank")
        let id = string(root["id"], "id", in: root, required: true)
        let title = string(root["title"], "title", in: root, required: true)
        let topic = string(root["topic"], "topic", in: root, required: false)
        let lesson = string(root["lesson"], "lesson", in: root, required: false)
        guard let questionsNode = root["questions"] else {
            error(root.location, "missing required key 'questions'", hint: "add \"questions\": [ … ]")
            return nil
        }
        guard let items = questionsNode.items, !items.isEmpty else {
            error(questionsNode.location, "'questions' must be a non-empty list")
            return nil
        }
        let questions = items.compactMap { question($0) }
        return QuizBank(id: id ?? "", title: title ?? "", topic: topic, lesson: lesson, questions: questions, file: file)
    }

    private mutating func question(_ node: YAMLNode) -> Question? {
        guard node.entries != nil else {
            error(node.location, "a question is a JSON object")
            return nil
        }
        unknownKeys(node, allowed: Self.questionKeys, context: "a question")
        let id = string(node["id"], "id", in: node, required: true)
        let typeText = string(node["type"], "type", in: node, required: true)
        let kind = typeText.flatMap(Question.Kind.init(rawValue:))
        if let typeText, kind == nil, let at = node["type"]?.location {
            error(at, "unknown question type '\(typeText)'", hint: "use " + Question.Kind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let stem = string(node["stem"], "stem", in: node, required: true)
        let answer = kind.flatMap { key(node["answer"], kind: $0, in: node) }
        var options: [Question.Option] = []
        if let optionsNode = node["options"] {
            if let items = optionsNode.items {
                for item in items {
                    unknownKeys(item, allowed: ["key", "text", "rationale"], context: "an option")
                    if let key = string(item["key"], "key", in: item, required: true), let text = string(item["text"], "text", in: item, required: true) {
                        options.append(Question.Option(key: key, text: text, rationale: string(item["rationale"], "rationale", in: item, required: false)))
                    }
                }
            } else {
                error(optionsNode.location, "'options' must be a list of {\"key\", \"text\", \"rationale\"} objects")
            }
        } else if kind?.hasOptions ?? true {
            error(node.location, "missing required key 'options'", hint: "add \"options\": [{\"key\": \"A\", \"text\": …}, …]")
        }
        var solution: Question.Solution?
        if let solutionNode = node["solution"] {
            unknownKeys(solutionNode, allowed: ["steps", "final_answer", "quick_check"], context: "a solution")
            solution = Question.Solution(steps: strings(solutionNode["steps"], "steps"),
                                         finalAnswer: string(solutionNode["final_answer"], "final_answer", in: solutionNode, required: false),
                                         quickCheck: string(solutionNode["quick_check"], "quick_check", in: solutionNode, required: false))
        }
        var source: String?
        if let sourceNode = node["source"] {
            source = [sourceNode["seed"]?.scalar?.text, sourceNode["section"]?.scalar?.text].compactMap { $0 }.joined(separator: ", ")
        }
        var shuffle = true
        if let shuffleNode = node["shuffle"] {
            if let text = shuffleNode.scalar?.text, shuffleNode.scalar?.style == .plain, text == "true" || text == "false" {
                shuffle = text == "true"
            } else {
                error(shuffleNode.location, "'shuffle' must be true or false")
            }
        }
        guard let id, let kind, let stem, let answer else { return nil }
        return Question(id: id, kind: kind, stem: stem, options: options, key: answer,
                        hint: string(node["hint"], "hint", in: node, required: false), solution: solution,
                        mistakes: strings(node["mistakes"], "mistakes"), tags: strings(node["tags"], "tags"),
                        difficulty: string(node["difficulty"], "difficulty", in: node, required: false), source: source,
                        trace: trace(node["trace"]), shuffle: shuffle, location: node.location)
    }

    private mutating func trace(_ node: YAMLNode?) -> Question.Trace? {
        guard let node else { return nil }
        unknownKeys(node, allowed: ["pipeline", "runs", "check"], context: "a trace")
        guard let pipeline = string(node["pipeline"], "pipeline", in: node, required: true) else { return nil }
        let check = node["check"].flatMap { traceCheck($0) }
        return Question.Trace(pipeline: pipeline, runs: strings(node["runs"], "runs"), check: check)
    }

    /// `{"kind": "value_at_row", "row": 7, "parameter": "learning_rate"}`, `{"kind": "first_completion"}`,
    /// `{"kind": "training_rows_of_run", "run": 2}`; each kind takes only its own keys.
    private mutating func traceCheck(_ node: YAMLNode) -> Question.Trace.Check? {
        let kinds = ["value_at_row": ["row", "parameter"], "first_completion": [], "training_rows_of_run": ["run"]]
        let usage = "use value_at_row (with row, and parameter for a row that passes several), first_completion, or training_rows_of_run (with run)"
        guard node.entries != nil else {
            error(node.location, "'check' must be an object such as {\"kind\": \"value_at_row\", \"row\": 7}", hint: usage)
            return nil
        }
        guard let kind = string(node["kind"], "kind", in: node, required: true) else { return nil }
        guard let allowed = kinds[kind] else {
            let at = node["kind"]?.location ?? node.location
            error(at, "unknown trace check '\(kind)'", hint: (NameSuggester.closest(to: kind, in: Array(kinds.keys)).map { "did you mean '\($0)'? " } ?? "") + usage)
            return nil
        }
        unknownKeys(node, allowed: ["kind"] + allowed, context: "a \(kind) check")
        func number(_ key: String) -> Int? {
            guard let value = node[key] else {
                error(node.location, "a \(kind) check needs '\(key)'", hint: "add \"\(key)\": 1 (counted from 1)")
                return nil
            }
            guard let scalar = value.scalar, scalar.style == .plain, let number = Int(scalar.text), number >= 1 else {
                error(value.location, "'\(key)' must be a whole number from 1", hint: "write \"\(key)\": 7")
                return nil
            }
            return number
        }
        switch kind {
        case "value_at_row":
            guard let row = number("row") else { return nil }
            guard node["parameter"] != nil else { return .valueAtRow(row) }
            return string(node["parameter"], "parameter", in: node, required: true).map { .parameterAtRow(row: row, parameter: $0) }
        case "training_rows_of_run":
            return number("run").map(Question.Trace.Check.trainingRowsOfRun)
        default:
            return .firstCompletion
        }
    }
}
