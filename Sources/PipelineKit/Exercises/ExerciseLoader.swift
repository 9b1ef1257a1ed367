/// Reads an exercise's `exercise.json` (the keys lessons/exercises/README.md lists), with a
/// location for every problem: unknown keys are refused, and every problem is reported at once.
struct ExerciseLoader: JSONDocumentLoader {
    static let keys = ["id", "title", "lesson", "idea", "task", "files", "hints", "broken_fails", "expectations"]
    static let expectationKeys = ["says", "parameter", "cases", "outcome", "steps", "receives", "outputs", "hides_environment", "sweep"]

    /// Checks keys and reads values; JSON text is double-quoted, and `null` counts as absent.
    var decoder = NodeDecoder(dialect: .json, emptyTextIsAbsent: true,
                                      shapeHint: "compare it with a bundled exercise.json, or see lessons/exercises/README.md")

    /// The description, or nil with every problem found.
    static func load(_ json: String, file: String) -> (description: Exercise.Description?, problems: [Diagnostic]) {
        let (description, problems) = read(json: json, file: file)
        return (problems.isEmpty ? description : nil, problems)
    }

    // MARK: - The description

    mutating func document(_ root: YAMLNode, file: String) -> Exercise.Description? {
        guard let entries = decoder.mapping(root, what: "an exercise description (a JSON object)") else { return nil }
        decoder.checkKeys(entries, allowed: Self.keys, context: "the exercise")
        let text = { (decoder: inout NodeDecoder, key: String) in
            decoder.requiredText(key, in: root, context: "the exercise", example: "\"\(key)\": \"…\"")
        }
        let (id, title, lesson, idea, task) = (text(&decoder, "id"), text(&decoder, "title"), text(&decoder, "lesson"), text(&decoder, "idea"), text(&decoder, "task"))
        let brokenFails = text(&decoder, "broken_fails")
        let files = strings("files", in: root, example: "\"files\": [\"pipeline.yaml\"]")
        let hints = strings("hints", in: root, example: "\"hints\": [\"a nudge\", \"the rule\", \"the lines to change\"]")
        let expectations = decoder.required("expectations", in: root, context: "the exercise", example: "\"expectations\": [{\"says\": …}]")
            .flatMap { decoder.list($0, what: "a list of expectations for 'expectations'") }?
            .map { expectation($0) }
        guard let id, let title, let lesson, let idea, let task, let files, let hints, let brokenFails,
              let expectations, !expectations.contains(where: { $0 == nil }) else { return nil }
        return Exercise.Description(id: id, title: title, lesson: lesson, idea: idea, task: task, files: files, hints: hints,
                                    brokenFails: brokenFails, expectations: expectations.compactMap { $0 })
    }

    private mutating func expectation(_ node: YAMLNode) -> ExerciseExpectation? {
        guard let entries = decoder.mapping(node, what: "an expectation such as {\"says\": …, \"parameter\": {…}}") else { return nil }
        decoder.checkKeys(entries, allowed: Self.expectationKeys, context: "an expectation")
        let says = decoder.requiredText("says", in: node, context: "this expectation", example: "\"says\": \"…\" (in the lessons' words)")
        let outcome = present("outcome", in: node).flatMap { decoder.word($0, key: "outcome", of: ExerciseExpectation.Outcome.allCases) }
        let steps = present("steps", in: node).flatMap { value in
            map(value, key: "steps") { decoder, node, step in decoder.word(node, key: step, of: ExerciseExpectation.StepState.allCases) }
        }
        let expectation = ExerciseExpectation(
            says: says ?? "", parameter: present("parameter", in: node).flatMap { parameterCheck($0) },
            cases: present("cases", in: node).flatMap { decoder.list($0, what: "a list of cases for 'cases'") }?.compactMap { runCase($0) },
            outcome: outcome, steps: steps,
            receives: present("receives", in: node).flatMap { textMap($0, key: "receives") },
            outputs: present("outputs", in: node).flatMap { textMap($0, key: "outputs") },
            hidesEnvironment: decoder.bool(present("hides_environment", in: node), key: "hides_environment"),
            sweep: present("sweep", in: node).flatMap { sweepCheck($0) })
        return says == nil ? nil : expectation
    }
}
