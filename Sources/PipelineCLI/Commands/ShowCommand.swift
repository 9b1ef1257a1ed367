import PipelineKit

/// `pipeline show PIPELINE`: a pipeline's YAML (description, parameters, steps) exactly as
/// it is written, ready to copy into a file and change.
struct ShowCommand: CLICommand {
    static let spec = CommandSpec(
        name: "show",
        summary: "Print a pipeline's YAML (a bundled example or a file), ready to copy and change.",
        usage: ["show PIPELINE"],
        discussion: """
        Prints the pipeline file as it is written: its description, parameters and steps. The file is checked first, so what \
        is printed always loads. Copy a bundled example and make it yours: pipeline show train-lr > my.yaml, edit my.yaml, \
        then pipeline run my.yaml --param learning_rate=0.01. 'pipeline help pipeline-format' describes every key.
        """,
        options: [.color],
        examples: [
            ("show train-lr", "the step-by-step lesson's pipeline"),
            ("show three-steps > my.yaml", "a copy to change and run with: pipeline run my.yaml"),
        ],
        operands: .pipelines
    )

    var pipeline: String
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        let positionals = try arguments.positionals(1...1, naming: "a PIPELINE: a file or one of \(PipelineSource.bundledNames.joined(separator: ", "))")
        pipeline = positionals[0]
        output = OutputOptions(parsing: arguments)
    }

    func execute(in terminal: Terminal) -> Int32 {
        guard let loaded = PreparedRun.loadOrReport(pipeline, terminal: terminal, color: output.color) else { return ExitCode.badInput }
        terminal.out.write(loaded.text.hasSuffix("\n") ? loaded.text : loaded.text + "\n")
        if terminal.stdoutIsTerminal {
            let name = loaded.definition.name
            terminal.err.write("Copy it: pipeline show \(pipeline) > my.yaml, change it, then: pipeline run my.yaml\n")
        }
        return ExitCode.success
    }
}
