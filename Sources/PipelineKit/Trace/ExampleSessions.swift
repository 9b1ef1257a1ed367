/// The runs a replay plays when none are given: lesson 2's session for `train-lr`, and two
/// contrasting learning rates for the other bundled pipelines that have one.
public enum ExampleSessions {
    /// The example session in words: `learning_rate=0.02, then 0.2`, or `one run with the
    /// pipeline's defaults`.
    public static func summary(of runs: [String]) -> String {
        let parsed = runs.map { (try? assignments(in: $0)) ?? [] }
        guard parsed.contains(where: { !$0.isEmpty }) else { return "one run with the pipeline's defaults" }
        var previous: [String: String] = [:]
        let parts = parsed.map { run -> String in
            let changed = run.filter { previous[$0.name] != nil && previous[$0.name] != $0.text }
            defer { for assignment in run { previous[assignment.name] = assignment.text } }
            // After the first run, a run that changes one value names only the value.
            if changed.count == 1, run.count == 1, let only = changed.first { return only.text }
            return run.isEmpty ? "the defaults" : run.map { "\($0.name)=\($0.text)" }.joined(separator: " ")
        }
        return parts.enumerated().map { $0.offset == 0 ? $0.element : "then " + $0.element }.joined(separator: ", ")
    }

    /// Each run as the text of a `--run`.
    public static func runs(for definition: PipelineDefinition) -> [String] {
        if definition.origin == .bundled(name: "train-lr") { return ["learning_rate=0.01", "learning_rate=0.1"] }
        if definition.origin == .bundled(name: "secrets-env") { return [] }
        if definition.parameter(named: "learning_rate") != nil, definition.parameters.allSatisfy({ !$0.isRequired || $0.name == "learning_rate" }) {
            return ["learning_rate=0.02", "learning_rate=0.2"]
        }
        return [""]
    }

    /// Splits a `--run` text into assignments: pairs separated by spaces or commas, with
    /// brackets, braces and quotes keeping a list value such as `[64, 32]` whole.
    public static func assignments(in run: String) throws(ParameterError) -> [ParameterAssignment] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for character in run {
            if let open = quote {
                if character == open { quote = nil }
                current.append(character)
                continue
            }
            switch character {
            case "'", "\"": quote = character; current.append(character)
            case "[", "{": depth += 1; current.append(character)
            case "]", "}": depth -= 1; current.append(character)
            case " ", ",", "\t":
                if depth > 0 {
                    current.append(character)
                } else {
                    if !current.isEmpty { pieces.append(current) }
                    current = ""
                }
            default: current.append(character)
            }
        }
        if !current.isEmpty { pieces.append(current) }
        var result: [ParameterAssignment] = []
        for piece in pieces { result.append(try ParameterAssignment.parse(piece)) }
        return result
    }
}
