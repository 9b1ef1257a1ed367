import PipelineKit

/// `pipeline init [EXAMPLE]`: writes `pipeline.yaml` in the current folder from a bundled
/// example, so that `pipeline run` (with no pipeline named) runs it.
struct InitCommand: CLICommand {
    static let spec = CommandSpec(
        name: "init",
        summary: "Write pipeline.yaml in this folder from a bundled example, for pipeline run to use.",
        usage: ["init [EXAMPLE]"],
        discussion: """
        EXAMPLE is a bundled pipeline (\(PipelineSource.bundledNames.joined(separator: ", "))); the default is \
        \(StarterPipeline.defaultExample). The file is written as \(StarterPipeline.fileName) in the current folder, and an existing \
        file is never overwritten. Then `pipeline run` with no pipeline named runs it, as `mlflow run .` runs the folder's MLproject.
        """,
        options: [.color],
        examples: [
            ("init", "pipeline.yaml from train-lr; then: pipeline run --param learning_rate=0.01"),
            ("init three-steps", "start from the three-step pipeline instead"),
        ],
        operands: .pipelines
    )

    var example: String
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        example = try arguments.positionals(0...1, naming: "an EXAMPLE").first ?? StarterPipeline.defaultExample
        output = OutputOptions(parsing: arguments)
    }

    func execute(in terminal: Terminal) -> Int32 {
        do {
            try StarterPipeline.write(example: example, in: terminal.currentDirectory)
        } catch {
            output.report(error.diagnostic, to: terminal)
            return ExitCode.badInput
        }
        var next = "pipeline run"
        if let loaded = try? PipelineSource.load(StarterPipeline.fileName, currentDirectory: terminal.currentDirectory).definition {
            let required = loaded.parameters.filter(\.isRequired).map { "--param \($0.name)=\(Self.sample(for: $0))" }
            next += required.isEmpty ? "" : " " + required.joined(separator: " ")
        }
        terminal.out.write("Wrote \(StarterPipeline.fileName) from the bundled example \(example). Edit it, then run it: \(next)\n")
        return ExitCode.success
    }

    /// A value to show in the suggested command for a required parameter.
    private static func sample(for parameter: Parameter) -> String {
        switch parameter.type {
        case .float: return "0.01"
        case .int: return "10"
        case .bool: return "true"
        case .path: return "data/train.csv"
        default: return "VALUE"
        }
    }
}
