/// Turns a loaded pipeline into a file for a real engine, and says what could not be carried over.
public enum PipelineExporter {
    /// Writes `definition` for `target`.
    ///
    /// - Throws: `DiagnosticError` when the sweep names an unknown or secret parameter, or a
    ///   value its type, range or allowed values refuse, or the target cannot fan out.
    public static func export(_ definition: PipelineDefinition, to target: ExportTarget, options: ExportOptions = ExportOptions()) throws(DiagnosticError) -> ExportedPipeline {
        if !options.sweep.isEmpty && target == .azurePipelines {
            throw DiagnosticError(Diagnostic(.error, "a sweep is written for argo (withItems) and github-actions (strategy.matrix), not for azure-pipelines",
                                             hint: "export the sweep to argo or github-actions, or export azure-pipelines without a sweep"))
        }
        var plan = ExportPlan(definition, target: target, swept: options.sweep.map(\.name))
        plan.lost += targetLosses(plan, target: target, options: options)
        let document: YAMLOutput
        switch target {
        case .githubActions: document = GitHubActionsExporter.export(plan, options: options)
        case .azurePipelines: document = AzurePipelinesExporter.export(plan, options: options)
        case .argo: document = ArgoExporter.export(plan, options: options)
        }
        var header = ["Exported by `pipeline export \(definition.name) --to \(target.rawValue)` from \(definition.origin) for \(target.engineName)."]
        if let description = definition.description { header.append(description) }
        if !options.sweep.isEmpty {
            header.append("Sweep: " + options.sweep.map { "\($0.name) = " + $0.values.map(\.rendered).joined(separator: ", ") }.joined(separator: "; ")
                          + ", at most \(options.maxParallel) at a time.")
        }
        header.append("Lost in translation:")
        let comment = (header + plan.lost.map { "  - " + $0 }).map { "# " + $0 }.joined(separator: "\n")
        return ExportedPipeline(target: target, text: comment + "\n" + document.rendered(), lostInTranslation: plan.lost)
    }

    /// Checks `--sweep NAME=V1,V2` values against the declared parameters, every problem at once.
    public static func sweepAxes(_ grid: SweepGrid, for definition: PipelineDefinition) throws(DiagnosticError) -> [SweepAxis] {
        var problems: [Diagnostic] = []
        var axes: [SweepAxis] = []
        let declared = definition.parameters.map(\.name)
        for axis in grid.axes {
            guard let parameter = definition.parameter(named: axis.name) else {
                problems.append(ParameterError.unknownParameter(name: axis.name, suggestion: NameSuggester.closest(to: axis.name, in: declared),
                                                                declared: declared, source: .commandLine).diagnostic())
                continue
            }
            if parameter.isSecret {
                problems.append(Diagnostic(.error, "parameter '\(axis.name)' is a secret: a sweep writes its values into the file",
                                           hint: "sweep other parameters; a secret comes from the engine's secret store"))
                continue
            }
            var values: [ParameterValue] = []
            for text in axis.values {
                do {
                    let value = try ValueParser.parse(text, as: parameter.type)
                    if let problem = rangeProblem(value, text: text, parameter: parameter) { problems.append(problem.diagnostic()) }
                    values.append(value)
                } catch {
                    problems.append(ParameterError.wrongType(parameter, shown: text, failure: error, source: .commandLine).diagnostic())
                }
            }
            axes.append(SweepAxis(name: axis.name, values: values))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return axes
    }

    /// The first rule (`min`, `max`, `values`) a swept value breaks, as the simulator words it.
    private static func rangeProblem(_ value: ParameterValue, text: String, parameter: Parameter) -> ParameterError? {
        ParameterRules.check(value, against: parameter).first.map {
            ParameterError.violation($0, of: parameter, shown: parameter.isSecret ? ResolvedParameter.redacted : text, source: .commandLine)
        }
    }

    /// What this engine in particular changes about the values.
    private static func targetLosses(_ plan: ExportPlan, target: ExportTarget, options: ExportOptions) -> [String] {
        var lost: [String] = []
        let inputs = plan.inputs
        switch target {
        case .githubActions:
            for parameter in inputs where parameter.allowedValues != nil && parameter.type != .string && parameter.type != .path {
                lost.append("\(parameter.name): a GitHub choice input is text, so the job receives the \(parameter.type.rawValue) as a string such as '\(parameter.allowedValues?.first?.rendered ?? "")'")
            }
            for parameter in inputs where parameter.type == .int {
                lost.append("\(parameter.name): a GitHub number input also takes fractions; \(ExportPlan.checkJobName) refuses anything but a whole number")
            }
            lost.append("triggers: inputs exist only for manual runs (workflow_dispatch); on a schedule or push every input is empty and no default applies")
            if !options.sweep.isEmpty {
                lost.append("sweep: each grid point runs the whole pipeline as one job, its steps in order, \(options.maxParallel) at a time (max-parallel)")
            }
        case .azurePipelines:
            for parameter in inputs where parameter.type == .int {
                lost.append("\(parameter.name): an Azure number parameter also takes fractions; \(ExportPlan.checkJobName) refuses anything but a whole number")
            }
            let inArguments = Set(plan.jobs.flatMap { $0.words.flatMap { $0 } }.compactMap { piece -> String? in
                if case .parameter(let name) = piece { return name }
                return nil
            })
            for parameter in inputs where parameter.type == .bool && inArguments.contains(parameter.name) {
                lost.append("\(parameter.name): Azure writes a boolean into a script as True or False, with a capital letter")
            }
        case .argo:
            lost.append("types: every Argo parameter is text; \(ExportPlan.checkJobName) checks numbers and booleans, and when: compares text in quotes")
            if !options.sweep.isEmpty {
                lost.append("sweep: withItems runs the whole DAG once per grid point, at most \(options.maxParallel) at a time (parallelism)")
            }
        }
        return lost
    }
}
