/// The pipeline `run` and `replay` read: the PIPELINE named (a file or a bundled example;
/// nil when none is), and how a file written for another engine is read (`--format-in`, `--trigger`).
struct PipelineChoice: Equatable, Sendable {
    var name: String?
    var reading: EngineFileOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        name = try arguments.positionals(0...1, naming: "a PIPELINE").first
        reading = EngineFileOptions(parsing: arguments)
    }
}
