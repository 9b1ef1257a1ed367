/// The runs a replay plays when none are given: seed 002's session for `train-lr`, and two
/// contrasting learning rates for the other bundled pipelines that have one.
public enum ExampleSessions {
    /// Each run as the text of a `--run`.
    public static func runs(for definition: PipelineDefinition) -> [String] {
        if definition.origin == "bundled:train-lr" { return ["learning_rate=0.01", "learning_rate=0.1"] }
        if definition.origin == "bundled:secrets-env" { return [] }
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
