/// Reads a question bank from JSON, with a location for every problem. Only `id`, `title`,
/// `questions` and each question's `id`, `type`, `stem`, `options` (`key`, `text`) and `answer`
/// are required; unknown keys are refused so a misspelt one is not silently ignored.
public struct QuizBankLoader: JSONDocumentLoader {
    static let bankKeys = ["id", "title", "topic", "lesson", "questions"]
    static let questionKeys = ["id", "type", "stem", "options", "answer", "hint", "solution", "mistakes", "tags", "difficulty", "source", "trace", "shuffle"]

    /// Checks keys and reads values; JSON text is double-quoted.
    var decoder = NodeDecoder(dialect: .json, shapeHint: "see quizzes/README.md for the shape of a question bank")

    /// The bank and every problem found; the bank is nil when it cannot be used at all.
    public static func load(text: String, file: String) -> (bank: QuizBank?, problems: [Diagnostic]) {
        var (bank, problems) = read(json: text, file: file)
        bank?.hash = PipelineDefinition.hash(of: text)
        return (bank, problems)
    }

    /// The bank, or an error listing every problem.
    static func bank(text: String, file: String) throws(DiagnosticError) -> QuizBank {
        let (bank, problems) = load(text: text, file: file)
        guard let bank, problems.allSatisfy({ $0.severity != .error }) else { throw DiagnosticError(problems.filter { $0.severity == .error }) }
        return bank
    }

    /// A list of strings (none when absent).
    mutating func strings(_ node: YAMLNode?, _ key: String) -> [String] {
        decoder.texts(node, key: key, what: "a list of strings", hint: "write \"\(key)\": [\"…\", \"…\"]").map(\.text)
    }

    // MARK: - The bank and its questions

    mutating func document(_ root: YAMLNode, file: String) -> QuizBank? {
        guard let entries = decoder.mapping(root, what: "a question bank (a JSON object)", hint: "start from the example in quizzes/README.md") else {
            return nil
        }
        decoder.checkKeys(entries, allowed: Self.bankKeys, context: "the bank", unlisted: ["$schema"])
        let id = decoder.requiredText("id", in: root, context: "the bank", example: "\"id\": \"my-bank\"")
        let title = decoder.requiredText("title", in: root, context: "the bank", example: "\"title\": \"My bank\"")
        let topic = decoder.text(root["topic"], key: "topic")
        let lesson = decoder.text(root["lesson"], key: "lesson")
        guard let questionsNode = decoder.required("questions", in: root, context: "the bank", example: "\"questions\": [ … ]"),
              let items = decoder.list(questionsNode, what: "a list of questions for 'questions'") else {
            return nil
        }
        if items.isEmpty {
            decoder.report(.expected(what: "at least one question in 'questions'", found: "an empty list", hint: decoder.shapeHint), at: questionsNode.location)
            return nil
        }
        let questions = items.compactMap { question($0) }
        return QuizBank(id: id ?? "", title: title ?? "", topic: topic, lesson: lesson, questions: questions, file: file)
    }

    private mutating func question(_ node: YAMLNode) -> Question? {
        guard let entries = decoder.mapping(node, what: "a question (a JSON object)") else { return nil }
        decoder.checkKeys(entries, allowed: Self.questionKeys, context: "a question")
        let id = decoder.requiredText("id", in: node, context: "this question", example: "\"id\": \"q1\"")
        let typeText = decoder.requiredText("type", in: node, context: "this question", example: "\"type\": \"single\"")
        let kind = typeText.flatMap(Question.Kind.init(rawValue:))
        if let typeText, kind == nil, let at = node["type"]?.location {
            decoder.report(Diagnostic(.error, at: at, "unknown question type '\(typeText)'",
                                      hint: "use " + Question.Kind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let stem = decoder.requiredText("stem", in: node, context: "this question", example: "\"stem\": \"Which …?\"")
        let answer = kind.flatMap { key(node["answer"], kind: $0, in: node) }
        var options: [Question.Option] = []
        if let optionsNode = node["options"] {
            for item in decoder.list(optionsNode, what: "a list of {\"key\", \"text\", \"rationale\"} objects for 'options'") ?? [] {
                if let option = option(item) { options.append(option) }
            }
        } else if kind?.hasOptions ?? true {
            decoder.report(.missingKey(key: "options", context: "this question", example: "\"options\": [{\"key\": \"A\", \"text\": …}, …]"), at: node.location)
        }
        let solution = node["solution"].flatMap { self.solution($0) }
        let source = node["source"].flatMap { self.source($0) }
        let shuffle = decoder.bool(node["shuffle"], key: "shuffle") ?? true
        let hint = decoder.text(node["hint"], key: "hint")
        let mistakes = strings(node["mistakes"], "mistakes")
        let tags = strings(node["tags"], "tags")
        let difficulty = decoder.text(node["difficulty"], key: "difficulty")
        let trace = self.trace(node["trace"])
        guard let id, let kind, let stem, let answer else { return nil }
        return Question(id: id, kind: kind, stem: stem, options: options, key: answer, hint: hint, solution: solution,
                        mistakes: mistakes, tags: tags, difficulty: difficulty, source: source,
                        trace: trace, shuffle: shuffle, location: node.location)
    }

    private mutating func option(_ node: YAMLNode) -> Question.Option? {
        guard let entries = decoder.mapping(node, what: "an option such as {\"key\": \"A\", \"text\": \"…\"}") else { return nil }
        decoder.checkKeys(entries, allowed: ["key", "text", "rationale"], context: "an option")
        let key = decoder.requiredText("key", in: node, context: "this option", example: "\"key\": \"A\"")
        let text = decoder.requiredText("text", in: node, context: "this option", example: "\"text\": \"…\"")
        let rationale = decoder.text(node["rationale"], key: "rationale")
        guard let key, let text else { return nil }
        return Question.Option(key: key, text: text, rationale: rationale)
    }

    private mutating func solution(_ node: YAMLNode) -> Question.Solution? {
        guard let entries = decoder.mapping(node, what: "a solution such as {\"steps\": [\"…\"], \"final_answer\": \"…\"}") else { return nil }
        decoder.checkKeys(entries, allowed: ["steps", "final_answer", "quick_check"], context: "a solution")
        return Question.Solution(steps: strings(node["steps"], "steps"),
                                 finalAnswer: decoder.text(node["final_answer"], key: "final_answer"),
                                 quickCheck: decoder.text(node["quick_check"], key: "quick_check"))
    }

    /// Where the question comes from, as `seed, section`.
    private mutating func source(_ node: YAMLNode) -> String? {
        guard let entries = decoder.mapping(node, what: "a source such as {\"seed\": \"…\", \"section\": \"…\"}") else { return nil }
        decoder.checkKeys(entries, allowed: ["seed", "section"], context: "a source")
        return [decoder.text(node["seed"], key: "seed"), decoder.text(node["section"], key: "section")].compactMap { $0 }.joined(separator: ", ")
    }
}
