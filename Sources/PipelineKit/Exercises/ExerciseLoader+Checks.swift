// MARK: - The checks of an expectation, and the values they hold

extension ExerciseLoader {
    mutating func parameterCheck(_ node: YAMLNode) -> ExerciseExpectation.ParameterCheck? {
        guard let entries = decoder.mapping(node, what: "a parameter check such as {\"name\": \"data_path\", \"type\": \"path\"}") else { return nil }
        decoder.checkKeys(entries, allowed: ["name", "type", "secret", "default_from_environment"], context: "a parameter check")
        let name = decoder.requiredText("name", in: node, context: "this parameter check", example: "\"name\": \"data_path\"")
        let type = decoder.text(node["type"], key: "type")
        let secret = decoder.bool(present("secret", in: node), key: "secret")
        let environment = decoder.text(node["default_from_environment"], key: "default_from_environment")
        return name.map { ExerciseExpectation.ParameterCheck(name: $0, type: type, secret: secret, defaultFromEnvironment: environment) }
    }

    mutating func runCase(_ node: YAMLNode) -> ExerciseExpectation.RunCase? {
        guard let entries = decoder.mapping(node, what: "a case such as {\"runs\": [{\"NAME\": \"VALUE\"}]}") else { return nil }
        decoder.checkKeys(entries, allowed: ["runs", "environment"], context: "a case")
        let runs = decoder.required("runs", in: node, context: "this case", example: "\"runs\": [{\"learning_rate\": \"0.1\"}]")
            .flatMap { decoder.list($0, what: "a list of runs for 'runs'") }?
            .map { textMap($0, key: "runs") }
        let environment = present("environment", in: node).flatMap { textMap($0, key: "environment") }
        guard let runs, !runs.contains(where: { $0 == nil }) else { return nil }
        return ExerciseExpectation.RunCase(runs: runs.compactMap { $0 }, environment: environment)
    }

    mutating func sweepCheck(_ node: YAMLNode) -> ExerciseExpectation.SweepCheck? {
        guard let entries = decoder.mapping(node, what: "a sweep check such as {\"file\": \"sweep.txt\", \"runs\": 3, \"varies\": {…}}") else { return nil }
        decoder.checkKeys(entries, allowed: ["file", "runs", "varies"], context: "a sweep check")
        let file = decoder.requiredText("file", in: node, context: "this sweep check", example: "\"file\": \"sweep.txt\"")
        let runs = decoder.required("runs", in: node, context: "this sweep check", example: "\"runs\": 3").flatMap { decoder.wholeNumber($0, key: "runs") }
        let varies = decoder.required("varies", in: node, context: "this sweep check", example: "\"varies\": {\"learning_rate\": [\"0.01\", \"0.1\"]}")
            .flatMap { value in
                map(value, key: "varies") { decoder, node, name in
                    decoder.texts(node, key: name, what: "a list of values").map(\.text)
                }
            }
        guard let file, let runs, let varies else { return nil }
        return ExerciseExpectation.SweepCheck(file: file, runs: runs, varies: varies)
    }

    // MARK: - Values

    /// The value of `key`, or nil when it is absent or `null` (as an optional key may be).
    func present(_ key: String, in node: YAMLNode) -> YAMLNode? {
        guard let value = node[key], value.scalar?.isNull != true else { return nil }
        return value
    }

    /// A list of strings that must be there.
    mutating func strings(_ key: String, in node: YAMLNode, example: String) -> [String]? {
        guard let value = decoder.required(key, in: node, context: "the exercise", example: example) else { return nil }
        return decoder.texts(value, key: key, what: "a list of strings").map(\.text)
    }

    /// An object whose values are strings (`{"load_data": "--data {data_path}"}`).
    mutating func textMap(_ node: YAMLNode, key: String) -> [String: String]? {
        map(node, key: key) { decoder, value, name in decoder.text(value, key: name) }
    }

    /// An object read value by value with `read`; nil when any value cannot be read.
    mutating func map<Value>(_ node: YAMLNode, key: String, _ read: (inout NodeDecoder, YAMLNode, String) -> Value?) -> [String: Value]? {
        guard let entries = decoder.mapping(node, what: "an object for '\(key)'") else { return nil }
        var values: [String: Value] = [:]
        var complete = true
        for entry in entries {
            let before = decoder.problems.count
            if let value = read(&decoder, entry.value, entry.key.text) {
                values[entry.key.text] = value
            } else {
                complete = false
                // A read finds nothing in `null` and says nothing: say it here, so no value is dropped unseen.
                if decoder.problems.count == before { decoder.expected("a value for '\(entry.key.text)'", found: entry.value) }
            }
        }
        return complete ? values : nil
    }
}
