import PipelineKit

/// `--format-in` and `--trigger`: how `run` and `replay` read a file written for another engine.
struct EngineFileOptions: Equatable, Sendable {
    /// The format named with `--format-in`; nil detects it from the file.
    var format: EngineFormat?
    var trigger: EngineTrigger

    static let specs: [OptionSpec] = [
        OptionSpec("format-in", .value("FORMAT"), help: "Read PIPELINE as github-actions, azure-pipelines or native (default: detected from the file).",
                   choices: EngineFormat.allCases.map(\.rawValue)),
        OptionSpec("trigger", .value("EVENT"), help: "For a GitHub Actions workflow: the event that starts the run, dispatch (default), push or schedule; inputs and their defaults exist only for dispatch.",
                   choices: EngineTrigger.allCases.map(\.rawValue)),
    ]

    init(format: EngineFormat? = nil, trigger: EngineTrigger = .dispatch) {
        self.format = format
        self.trigger = trigger
    }

    init(parsing arguments: ParsedArguments) {
        format = arguments.value("format-in").flatMap(EngineFormat.init(rawValue:))
        trigger = arguments.value("trigger").flatMap(EngineTrigger.init(rawValue:)) ?? .dispatch
    }
}
