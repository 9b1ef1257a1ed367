import Foundation
import PipelineKit

/// `pipeline export PIPELINE --to github-actions|azure-pipelines|argo`: the same pipeline as a
/// file a real engine runs, and what could not be carried over.
struct ExportCommand: CLICommand {
    /// `--to ENGINE`.
    static let target = OptionSpec("to", .value("ENGINE"), help: "The engine: github-actions, azure-pipelines or argo.", choices: ExportTarget.allCases.map(\.rawValue))
    /// `-o`, `--output FILE`.
    static let output = OptionSpec("output", short: "o", .value("FILE"), help: "Write the file there instead of standard output.", completesFiles: true)
    /// `--image IMAGE`.
    static let image = OptionSpec("image", .value("IMAGE"), help: "The container image every step runs in (default \(ExportOptions.defaultImage)).")
    /// `--sweep NAME=V1,V2,...`.
    static let sweep = OptionSpec("sweep", .value("NAME=V1,V2,..."), help: "Fan out over these values of one parameter (argo, github-actions). Repeatable: the grid is every combination.", repeatable: true)
    /// `--max-parallel N`.
    static let maxParallel = OptionSpec("max-parallel", .value("N"), help: "With --sweep: how many grid points run at once (default \(ExportOptions.defaultMaxParallel)).")

    static let spec = CommandSpec(
        name: "export",
        summary: "Write a pipeline as a GitHub Actions workflow, an Azure Pipelines file or an Argo Workflow.",
        usage: ["export PIPELINE --to github-actions|azure-pipelines|argo [--output FILE] [--image IMAGE] [--sweep NAME=V1,V2,... ...] [--max-parallel N]"],
        discussion: """
        Parameters keep their types, defaults, allowed values and descriptions as far as the engine can declare them; a range, \
        which none of them can declare, becomes a first job that fails the run with the simulator's message. when: becomes \
        if: / condition: / when:, needs: becomes needs / dependsOn / dependencies, and a secret comes from the engine's secret \
        store through an environment variable, never an input and never on a command line. Each step runs \
        'python SCRIPT ARGS' in a container image. What the engine cannot express is listed after the export ("lost in \
        translation") and as a comment at the top of the file. --sweep fans the pipeline out over a grid: Argo withItems with \
        parallelism, GitHub strategy.matrix with max-parallel. The file goes to standard output unless --output names one.
        """,
        options: [target, output, image, sweep, maxParallel, .color],
        examples: [
            ("export train-lr --to github-actions --output .github/workflows/train-lr.yml", "then: gh workflow run train-lr.yml -f learning_rate=0.01"),
            ("export train-lr --to azure-pipelines --output azure-pipelines.yml", "then: az pipelines run --name train-lr --parameters learning_rate=0.01"),
            ("export train-lr --to argo --output train-lr.yaml", "then: argo submit train-lr.yaml -p learning_rate=0.01"),
            ("export three-steps --to argo --sweep learning_rate=0.001,0.01,0.1 --sweep batch_size=16,32", "six runs on a cluster, 4 at a time"),
        ],
        operands: .pipelines
    )

    var pipeline: String
    var target: ExportTarget
    /// `--output FILE`; nil writes to standard output.
    var file: String?
    var image: String
    var grid: SweepGrid
    var maxParallel: Int
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        var problems: [UsageError] = []
        let positionals = arguments.positionals
        if positionals.isEmpty { problems.append(.missingArgument("a PIPELINE: a file or one of \(PipelineSource.bundledNames.joined(separator: ", "))", command: "export")) }
        if positionals.count > 1 { problems.append(.unexpectedArgument(positionals[1], command: "export")) }
        let engine: ExportTarget? = arguments.choice(of: Self.target)
        if engine == nil { problems.append(.missingArgument("--to ENGINE (github-actions, azure-pipelines or argo)", command: "export")) }
        var sweep: [ParameterAssignment] = []
        var parameterProblems: [ParameterError] = []
        for text in arguments.values(of: Self.sweep) {
            do { sweep.append(try ParameterAssignment.parse(text)) } catch { parameterProblems.append(error) }
        }
        if !parameterProblems.isEmpty { problems.append(.parameters(parameterProblems)) }
        grid = SweepGrid(sweep)
        if grid.count > SweepGrid.maximumRuns {
            problems.append(.conflict("the sweep makes \(grid.count == Int.max ? "too many" : String(grid.count)) runs, over the limit of \(SweepGrid.maximumRuns); sweep fewer values"))
        }
        let parallelText = arguments.value(of: Self.maxParallel)
        maxParallel = parallelText.flatMap(Int.init) ?? ExportOptions.defaultMaxParallel
        if let parallelText, (Int(parallelText) ?? 0) < 1 {
            problems.append(.invalidOptionValue(option: "--max-parallel", value: parallelText, allowed: ["a whole number of at least 1"]))
        }
        if parallelText != nil && sweep.isEmpty {
            problems.append(.conflict("--max-parallel applies only with --sweep: without a grid every step runs once"))
        }
        image = arguments.value(of: Self.image) ?? ExportOptions.defaultImage
        if image.isEmpty || image.contains(where: \.isWhitespace) {
            problems.append(.invalidOptionValue(option: "--image", value: image, allowed: ["an image name without spaces, such as \(ExportOptions.defaultImage)"]))
        }
        try UsageError.throwAll(problems)
        pipeline = positionals.first ?? ""
        target = engine ?? .githubActions
        file = arguments.value(of: Self.output)
        output = OutputOptions(parsing: arguments)
    }

    func execute(in terminal: Terminal) -> Int32 {
        let exported: ExportedPipeline
        guard let loaded = PreparedRun.loadOrReport(pipeline, terminal: terminal, color: output.color) else { return ExitCode.badInput }
        let renderer = output.errors(terminal)
        do {
            let axes = try PipelineExporter.sweepAxes(grid, for: loaded.definition)
            exported = try PipelineExporter.export(loaded.definition, to: target,
                                                   options: ExportOptions(image: image, sweep: axes, maxParallel: maxParallel))
        } catch {
            terminal.err.write(renderer.render(error.diagnostics))
            return ExitCode.badInput
        }
        let notes = "Lost in translation (also a comment at the top of the file):\n" + exported.lostInTranslation.map { "  - " + $0 + "\n" }.joined()
        guard let file else {
            terminal.out.write(exported.text)
            terminal.err.write(notes)
            return ExitCode.success
        }
        let path = file.hasPrefix("/") ? file : terminal.currentDirectory + "/" + file
        do {
            try AtomicFile.write(Data(exported.text.utf8), to: URL(fileURLWithPath: path))
        } catch {
            terminal.err.write(renderer.render(Diagnostic(.error, "cannot write \(file): \(error.diagnostic.message)", hint: "choose a folder that exists and that you can write to")))
            return ExitCode.failure
        }
        terminal.out.write("Wrote \(file): \(loaded.definition.name) as \(target.engineName) (\(exported.text.split(separator: "\n").count) lines).\n" + notes)
        return ExitCode.success
    }
}
