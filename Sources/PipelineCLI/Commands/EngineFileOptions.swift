import PipelineKit

/// `--format-in` and `--trigger`: how `run` and `replay` read a file written for another engine.
struct EngineFileOptions: Equatable, Sendable {
    /// The format named with `--format-in`; nil detects it from the file.
    var format: EngineFormat?
    var trigger: EngineTrigger

    /// `--format-in FORMAT`.
    static let formatIn = OptionSpec("format-in", .value("FORMAT"), help: "Read PIPELINE as github-actions, azure-pipelines or native (default: detected from the file).",
                                     choices: EngineFormat.allCases.map(\.rawValue))
    /// `--trigger EVENT`.
    static let trigger = OptionSpec("trigger", .value("EVENT"), help: "For a GitHub Actions workflow: the event that starts the run, dispatch (default), push or schedule; inputs and their defaults exist only for dispatch.",
                                    choices: EngineTrigger.allCases.map(\.rawValue))
    /// Both, for the commands that read a pipeline file to run it.
    static let specs: [OptionSpec] = [formatIn, trigger]

    init(format: EngineFormat? = nil, trigger: EngineTrigger = .dispatch) {
        self.format = format
        self.trigger = trigger
    }

    init(parsing arguments: ParsedArguments) {
        format = arguments.choice(of: Self.formatIn)
        trigger = arguments.choice(of: Self.trigger) ?? .dispatch
    }
}
