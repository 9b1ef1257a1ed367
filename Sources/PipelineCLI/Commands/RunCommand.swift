import PipelineKit

/// `pipeline run PIPELINE [--param name=value ...]`: resolve, validate, run, summarize.
struct RunCommand: CLICommand {
    /// `--dry-run`.
    static let dryRun = OptionSpec("dry-run", help: "Show the resolved parameters (value, type, source, overridden values) and every step's command; run nothing.")
    static let spec = CommandSpec(
        name: "run",
        summary: "Run a pipeline once with the parameter values you pass.",
        usage: ["run [PIPELINE] [--param NAME=VALUE ...] [--params-file FILE] [--env NAME] [--dry-run] [--format text|json]"],
        discussion: """
        PIPELINE is a .yaml or .json file, or the name of a bundled example (\(PipelineSource.bundledNames.joined(separator: ", "))); \
        with none named, the \(StarterPipeline.fileName) of the current folder runs (pipeline init writes one). \
        Every parameter value is resolved (default, then --env, then --params-file, then --param) and checked before any step \
        starts; all problems are reported together with exit status 2. Steps run in order and each line shows what the step's \
        script received and what it did. Exit status: 0 succeeded, 1 a step failed, 2 invalid input, 130 interrupted.
        A declared parameter can also be passed as --NAME VALUE or --NAME=VALUE.
        """,
        options: ParameterOptions.specs + [
            dryRun,
            .textOrJSON,
        ] + EngineFileOptions.specs + RecordOptions.specs + [.color],
        examples: [
            ("run train-lr --param learning_rate=0.01", "the pipeline of lesson 2 with one learning rate"),
            ("run --param learning_rate=0.01", "the pipeline.yaml of this folder (see pipeline init)"),
            ("run train-lr --param learning_rate=0.1", "the same pipeline, another value: a different final loss"),
            ("run three-steps --batch_size 64 --dry-run", "see every value and where it came from, without running"),
            ("run secrets-env --env dev --param data_path=data/live.csv", "a secret read from $DATA_API_KEY, never typed or printed"),
            ("run train-lr --param learning_rate=0.01 --format json", "a machine-readable result"),
            ("run docs/examples/github-actions/train.yml -p learning_rate=0.01", "a GitHub Actions workflow, read as it is written"),
        ],
        acceptsParameterShorthand: true,
        operands: .pipelines
    )

    /// The pipeline named (nil means the folder's `pipeline.yaml`) and how to read it.
    var pipeline: PipelineChoice
    var parameters: ParameterOptions
    var dryRun: Bool
    var record: RecordOptions
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        pipeline = try PipelineChoice(parsing: arguments)
        parameters = ParameterOptions(parsing: arguments)
        dryRun = arguments[Self.dryRun]
        record = try RecordOptions(parsing: arguments)
        output = OutputOptions(parsing: arguments, format: OptionSpec.textOrJSON)
    }

    func execute(in terminal: Terminal) -> Int32 {
        var named = pipeline.name ?? StarterPipeline.fileName
        if pipeline.name == nil {
            do { named = try StarterPipeline.defaultFile(in: terminal.currentDirectory) } catch {
            output.report(error.diagnostic, to: terminal)
                return ExitCode.badInput
            }
        }
        let prepared: PreparedRun
        do {
            prepared = try PreparedRun.prepare(named, parameters: parameters, spec: Self.spec, terminal: terminal, reading: pipeline.reading)
        } catch {
            error.report(to: terminal, color: output.color)
            return ExitCode.badInput
        }
        let report = RunReport(terminal: terminal, colored: !output.json && terminal.colorsOut(output.color))
        for warning in prepared.resolution.warnings + SecretExposure.warnings(for: prepared.definition, assignments: parameters.assignments) {
            output.report(warning, to: terminal)
        }
        if dryRun {
            let plan = RunPlan.make(prepared.definition, with: prepared.resolution, environment: terminal.environment)
            terminal.out.write(output.json ? RunJSON.dryRun(prepared.definition, prepared.resolution, plan) + "\n"
                                    : report.dryRun(prepared.definition, prepared.resolution, plan))
            return ExitCode.success
        }
        // A recorded run uses the model registry of its runs folder (a second run registers v2);
        // a run without a record starts from an empty one and keeps nothing.
        let store = record.store(terminal)
        var registryBefore = ModelRegistry()
        if record.enabled {
            do {
                registryBefore = try store.registry()
            } catch {
                output.report(error.diagnostic, to: terminal)
                return ExitCode.badInput
            }
        }
        if !output.json { terminal.out.write(report.header(prepared.definition, prepared.resolution)) }
        var workspace = Workspace(registry: registryBefore)
        terminal.interruption.exitsImmediately = false
        let result = RunEngine().run(
            prepared.definition, with: prepared.resolution, workspace: &workspace, environment: terminal.environment,
            observer: output.json ? nil : { event in terminal.out.write(report.line(for: event)) },
            isCancelled: { terminal.interruption.isRaised })
        terminal.interruption.exitsImmediately = true
        let usedRegistry = workspace.registry != registryBefore || registryBefore != ModelRegistry()
        var registryNote = ""
        if record.enabled, workspace.registry != registryBefore {
            do {
                try store.save(registry: workspace.registry)
                if !output.json {
                    let models = workspace.registry.versions.keys.sorted().map { name in
                        let latest = workspace.registry.latest(name).map { "v\($0.number)" } ?? "none"
                        let aliases = (workspace.registry.aliases[name] ?? [:]).sorted { $0.key < $1.key }.map { "@\($0.key) v\($0.value)" }
                        return "\(name) \(latest)" + (aliases.isEmpty ? "" : " (" + aliases.joined(separator: ", ") + ")")
                    }
                    registryNote = "Model registry of this runs folder (\(store.registryFile.path)): " + models.joined(separator: "; ") + "\n"
                }
            } catch {
                var warning = error.diagnostic
                warning.severity = .warning
                terminal.err.write(DiagnosticRenderer().render(warning))
            }
        }
        let saved = record.save(result, definition: prepared.definition, terminal: terminal, registryBefore: usedRegistry ? registryBefore : nil)
        terminal.out.write(output.json ? RunJSON.result(result, recordID: saved) + "\n" : report.summary(result, recordID: saved) + registryNote)
        return ExitCode.of(result.status)
    }
}
