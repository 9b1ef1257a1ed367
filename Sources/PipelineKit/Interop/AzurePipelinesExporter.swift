/// Writes a pipeline as an Azure Pipelines file with runtime `parameters:` typed as declared,
/// one job per step with `dependsOn:` and `condition:`, secrets from a variable group mapped
/// into each step's `env:`.
enum AzurePipelinesExporter {
    /// The variable group that holds the secret variables.
    static let secretGroup = "pipeline-secrets"
    static let vmImage = "ubuntu-latest"

    static func export(_ plan: ExportPlan, options: ExportOptions) -> YAMLOutput {
        var document: [(String, YAMLOutput)] = [
            ("trigger", .string("none")),
            ("pr", .string("none")),
        ]
        if !plan.inputs.isEmpty { document.append(("parameters", .list(plan.inputs.map(parameter)))) }
        if !plan.secretParameters.isEmpty { document.append(("variables", .list([.map([("group", .string(secretGroup))])]))) }
        document.append(("pool", .map([("vmImage", .string(vmImage))])))
        var jobs: [YAMLOutput] = []
        if !plan.checked.isEmpty {
            let env = plan.checked.map { (ParameterCheckScript.variable(for: $0), YAMLOutput.string("${{ parameters.\($0.name) }}")) }
            let script = "python - <<'CHECK'\n" + ParameterCheckScript.source(checking: plan.checked) + "CHECK\n"
            jobs.append(job(ExportPlan.checkJobName, dependsOn: [], condition: nil, image: options.image,
                            step: .map([("script", .block(script)), ("displayName", .string("Check parameter values")), ("env", .map(env))])))
        }
        for job in plan.jobs {
            var dependsOn = job.dependencies.map(jobName)
            if dependsOn.isEmpty && !plan.checked.isEmpty { dependsOn = [ExportPlan.checkJobName] }
            let expression = job.step.condition.map { "${{ " + EngineCondition.azure($0, reference: { "parameters.\($0)" }) + " }}" }
            var condition = expression.map { "and(succeeded(), \($0))" }
            if let follows = job.follows, plan.job(named: follows)?.maySkip == true {
                // Following a step that may be skipped: run anyway, as the simulator does.
                condition = "and(not(failed()), not(canceled())" + (expression.map { ", \($0)" } ?? "") + ")"
            }
            var step: [(String, YAMLOutput)] = [
                ("script", .string(ShellCommand.line(script: job.step.run, words: job.words, in: plan.definition,
                                                     value: { "${{ parameters.\($0) }}" }, environment: { "${\($0)}" }))),
                ("displayName", .string(job.step.name)),
            ]
            if !job.secrets.isEmpty { step.append(("env", .map(job.secrets.map { ($0.variable, .string("$(\($0.store))")) }))) }
            jobs.append(self.job(jobName(job.step.name), dependsOn: dependsOn, condition: condition, image: options.image, step: .map(step)))
        }
        document.append(("jobs", .list(jobs)))
        return .map(document)
    }

    /// A runtime parameter in Azure's types.
    static func parameter(_ parameter: Parameter) -> YAMLOutput {
        var entries: [(String, YAMLOutput)] = [("name", .string(parameter.name))]
        if let description = parameter.description { entries.append(("displayName", .string(description))) }
        let type: String
        switch parameter.type {
        case .bool: type = "boolean"
        case .int, .float: type = "number"
        case .list, .map: type = "object"
        default: type = "string"
        }
        entries.append(("type", .string(type)))
        if case .value(let value, _)? = parameter.defaultValue {
            entries.append(("default", type == "string" || type == "object" ? .string(value.rendered) : GitHubActionsExporter.typedDefault(value)))
        }
        if let allowed = parameter.allowedValues {
            entries.append(("values", .list(allowed.map { type == "string" ? .string($0.rendered) : GitHubActionsExporter.typedDefault($0) })))
        }
        return .map(entries)
    }

    /// Azure job names take letters, digits and `_` only.
    static func jobName(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }

    private static func job(_ name: String, dependsOn: [String], condition: String?, image: String, step: YAMLOutput) -> YAMLOutput {
        var entries: [(String, YAMLOutput)] = [("job", .string(name))]
        if !dependsOn.isEmpty { entries.append(("dependsOn", .list(dependsOn.map { .string($0) }))) }
        if let condition { entries.append(("condition", .string(condition))) }
        entries.append(("container", .string(image)))
        entries.append(("steps", .list([step])))
        return .map(entries)
    }
}
