/// Writes a pipeline as a GitHub Actions workflow run by hand (`workflow_dispatch`): inputs
/// typed as the definition declares them, one job per step, `needs:` and `if:` carried over,
/// secrets from `secrets.NAME` through `env:`, a sweep as a `strategy.matrix`.
enum GitHubActionsExporter {
    static let runner = "ubuntu-latest"

    static func export(_ plan: ExportPlan, options: ExportOptions) -> YAMLOutput {
        var document: [(String, YAMLOutput)] = [
            ("name", .string(plan.definition.name)),
            ("on", .map([("workflow_dispatch", .map([("inputs", .map(plan.inputs.map { ($0.name, input($0)) }))]))])),
            ("permissions", .map([("contents", .string("read"))])),
        ]
        if options.sweep.isEmpty {
            var jobs: [(String, YAMLOutput)] = []
            if !plan.checked.isEmpty {
                jobs.append((ExportPlan.checkJobName, job(needs: [], condition: nil, image: options.image, steps: [checkStep(plan)])))
            }
            for job in plan.jobs {
                var needs = job.dependencies.map(jobID)
                if needs.isEmpty && !plan.checked.isEmpty { needs = [ExportPlan.checkJobName] }
                var condition = job.step.condition.map { EngineCondition.github($0, reference: reference(plan)) }
                if let follows = job.follows, plan.job(named: follows)?.maySkip == true {
                    // Following a step that may be skipped: run anyway, as the simulator does.
                    condition = "!failure() && !cancelled()" + (condition.map { " && (\($0))" } ?? "")
                }
                jobs.append((jobID(job.step.name), self.job(needs: needs, condition: condition, image: options.image,
                                                            steps: [checkout, step(job, plan: plan)])))
            }
            document.append(("jobs", .map(jobs)))
        } else {
            document.append(("jobs", .map([("sweep", sweepJob(plan, options: options))])))
        }
        return .map(document)
    }

    /// The workflow_dispatch input for a parameter, in GitHub's types.
    static func input(_ parameter: Parameter) -> YAMLOutput {
        var entries: [(String, YAMLOutput)] = []
        entries.append(("description", .string(parameter.description ?? parameter.name)))
        entries.append(("required", .bool(parameter.isRequired)))
        if let allowed = parameter.allowedValues {
            entries.append(("type", .string("choice")))
            entries.append(("options", .list(allowed.map { .string($0.rendered) })))
            if case .value(let value, _)? = parameter.defaultValue { entries.append(("default", .string(value.rendered))) }
            return .map(entries)
        }
        let type: String
        switch parameter.type {
        case .bool: type = "boolean"
        case .int, .float: type = "number"
        default: type = "string"
        }
        entries.append(("type", .string(type)))
        if case .value(let value, _)? = parameter.defaultValue {
            entries.append(("default", type == "string" ? .string(value.rendered) : typedDefault(value)))
        }
        return .map(entries)
    }

    /// A number or bool default; a whole float keeps its `.0` so it reads back as a float.
    static func typedDefault(_ value: ParameterValue) -> YAMLOutput {
        if case .float(let number) = value, number == number.rounded(), abs(number) < 1e15 { return .number(String(Int(number)) + ".0") }
        return .value(value)
    }

    static func jobID(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "_" })
    }

    private static func reference(_ plan: ExportPlan) -> (String) -> String {
        { name in plan.swept.contains(name) ? "matrix.\(name)" : "inputs.\(name)" }
    }

    private static let checkout: YAMLOutput = .map([("uses", .string("actions/checkout@v4"))])

    private static func job(needs: [String], condition: String?, image: String, steps: [YAMLOutput]) -> YAMLOutput {
        var entries: [(String, YAMLOutput)] = []
        if !needs.isEmpty { entries.append(("needs", .list(needs.map { .string($0) }))) }
        if let condition { entries.append(("if", .string("${{ \(condition) }}"))) }
        entries.append(("runs-on", .string(runner)))
        entries.append(("container", .string(image)))
        entries.append(("steps", .list(steps)))
        return .map(entries)
    }

    private static func checkStep(_ plan: ExportPlan) -> YAMLOutput {
        .map([
            ("name", .string("Check parameter values")),
            ("env", .map(plan.checked.map { (ParameterCheckScript.variable(for: $0), .string("${{ \(reference(plan)($0.name)) }}")) })),
            ("shell", .string("python")),
            ("run", .block(ParameterCheckScript.source(checking: plan.checked))),
        ])
    }

    private static func step(_ job: ExportPlan.Job, plan: ExportPlan, condition: String? = nil) -> YAMLOutput {
        var entries: [(String, YAMLOutput)] = [("name", .string(job.step.name))]
        if let condition { entries.append(("if", .string("${{ \(condition) }}"))) }
        if !job.secrets.isEmpty {
            entries.append(("env", .map(job.secrets.map { ($0.variable, .string("${{ secrets.\($0.store) }}")) })))
        }
        let line = ShellCommand.line(script: job.step.run, words: job.words, in: plan.definition,
                                     value: { "${{ \(reference(plan)($0)) }}" }, environment: { "${\($0)}" })
        entries.append(("run", .string(line)))
        return .map(entries)
    }

    // MARK: - Sweep

    /// One job that runs the whole pipeline for every point of the grid, `max-parallel` at a time.
    private static func sweepJob(_ plan: ExportPlan, options: ExportOptions) -> YAMLOutput {
        var steps: [YAMLOutput] = [checkout]
        if !plan.checked.isEmpty { steps.append(checkStep(plan)) }
        for job in plan.jobs {
            steps.append(step(job, plan: plan, condition: runs(job.step.name, plan: plan)))
        }
        let matrix = options.sweep.map { axis in (axis.name, YAMLOutput.list(axis.values.map(YAMLOutput.value))) }
        return .map([
            ("strategy", .map([("fail-fast", .bool(false)), ("max-parallel", .number(String(options.maxParallel))), ("matrix", .map(matrix))])),
            ("runs-on", .string(runner)),
            ("container", .string(options.image)),
            ("steps", .list(steps)),
        ])
    }

    /// When a step runs within one job: its condition and that of every step it needs.
    private static func runs(_ name: String, plan: ExportPlan) -> String? {
        guard let job = plan.job(named: name) else { return nil }
        var parts: [String] = job.step.condition.map { [EngineCondition.github($0, reference: reference(plan))] } ?? []
        for need in job.explicitNeeds {
            if let inner = runs(need, plan: plan) { parts.append("(\(inner))") }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " && ")
    }
}
