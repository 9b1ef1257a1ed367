/// Writes a pipeline as an Argo Workflow: workflow parameters (all text, as Argo keeps them),
/// a DAG of container steps with `dependencies`/`depends` and `when:`, secrets from a
/// Kubernetes Secret, and a sweep as `withItems` bounded by `parallelism`.
enum ArgoExporter {
    /// The Kubernetes Secret that holds the secret parameters, one key each.
    static let secretName = "pipeline-secrets"

    static func export(_ plan: ExportPlan, options: ExportOptions) -> YAMLOutput {
        let sweeping = !options.sweep.isEmpty
        let source = sweeping ? "inputs.parameters" : "workflow.parameters"
        var tasks: [YAMLOutput] = []
        var templates: [YAMLOutput] = []
        if !plan.checked.isEmpty {
            let names = plan.checked.map(\.name)
            tasks.append(task(checkName, dependencies: [], depends: nil, when: nil, passing: names, from: source))
            templates.append(checkTemplate(plan, image: options.image))
        }
        for job in plan.jobs {
            var dependencies = job.follows.map { [taskName($0)] } ?? []
            if job.explicitNeeds.isEmpty && job.follows == nil && !plan.checked.isEmpty { dependencies = [checkName] }
            let depends = job.explicitNeeds.isEmpty ? nil : job.explicitNeeds.map { taskName($0) + ".Succeeded" }.joined(separator: " && ")
            let when = job.step.condition.map { EngineCondition.argo($0, reference: { "\(source).\($0)" }) }
            let used = Array(Set(job.words.flatMap { $0 }.compactMap { piece -> String? in
                if case .parameter(let name) = piece { return name }
                return nil
            })).sorted()
            tasks.append(task(taskName(job.step.name), dependencies: dependencies, depends: depends, when: when, passing: used, from: source))
            templates.append(stepTemplate(job, used: used, image: options.image))
        }
        var pipeline: [(String, YAMLOutput)] = [("name", .string("pipeline"))]
        if sweeping { pipeline.append(("inputs", .map([("parameters", .list(plan.definition.parameters.filter { !$0.isSecret }.map { .map([("name", .string($0.name))]) }))]))) }
        pipeline.append(("dag", .map([("tasks", .list(tasks))])))
        templates.insert(.map(pipeline), at: 0)
        if sweeping { templates.insert(sweepTemplate(plan, options: options), at: 0) }
        var arguments: [YAMLOutput] = []
        for parameter in plan.inputs {
            var entries: [(String, YAMLOutput)] = [("name", .string(parameter.name))]
            if case .value(let value, _)? = parameter.defaultValue { entries.append(("value", .string(value.rendered))) }
            if let allowed = parameter.allowedValues { entries.append(("enum", .list(allowed.map { .string($0.rendered) }))) }
            if let description = parameter.description { entries.append(("description", .string(description))) }
            arguments.append(.map(entries))
        }
        var spec: [(String, YAMLOutput)] = [("entrypoint", .string(sweeping ? "sweep" : "pipeline"))]
        if !arguments.isEmpty { spec.append(("arguments", .map([("parameters", .list(arguments))]))) }
        spec.append(("templates", .list(templates)))
        return .map([
            ("apiVersion", .string("argoproj.io/v1alpha1")),
            ("kind", .string("Workflow")),
            ("metadata", .map([("generateName", .string(taskName(plan.definition.name) + "-"))])),
            ("spec", .map(spec)),
        ])
    }

    static let checkName = "check-parameters"

    /// Argo names: lowercase letters, digits and `-`.
    static func taskName(_ name: String) -> String {
        String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    private static func task(_ name: String, dependencies: [String], depends: String?, when: String?, passing names: [String], from source: String) -> YAMLOutput {
        var entries: [(String, YAMLOutput)] = [("name", .string(name)), ("template", .string(name))]
        if let depends { entries.append(("depends", .string(depends))) } else if !dependencies.isEmpty { entries.append(("dependencies", .list(dependencies.map { .string($0) }))) }
        if let when { entries.append(("when", .string(when))) }
        if !names.isEmpty {
            entries.append(("arguments", .map([("parameters", .list(names.map { .map([("name", .string($0)), ("value", .string("{{\(source).\($0)}}"))]) }))])))
        }
        return .map(entries)
    }

    private static func inputs(_ names: [String]) -> (String, YAMLOutput) {
        ("inputs", .map([("parameters", .list(names.map { .map([("name", .string($0))]) }))]))
    }

    private static func checkTemplate(_ plan: ExportPlan, image: String) -> YAMLOutput {
        let env = plan.checked.map { YAMLOutput.map([("name", .string(ParameterCheckScript.variable(for: $0))), ("value", .string("{{inputs.parameters.\($0.name)}}"))]) }
        return .map([
            ("name", .string(checkName)),
            inputs(plan.checked.map(\.name)),
            ("script", .map([("image", .string(image)), ("command", .list([.string("python")])), ("env", .list(env)),
                             ("source", .block(ParameterCheckScript.source(checking: plan.checked)))])),
        ])
    }

    private static func stepTemplate(_ job: ExportPlan.Job, used: [String], image: String) -> YAMLOutput {
        let args = job.words.map { word in
            YAMLOutput.string(word.map { piece -> String in
                switch piece {
                case .text(let text): return text
                case .parameter(let name): return "{{inputs.parameters.\(name)}}"
                case .environment(let name): return "$(\(name))"
                }
            }.joined())
        }
        var container: [(String, YAMLOutput)] = [("image", .string(image)), ("command", .list([.string("python"), .string(job.step.run)]))]
        if !args.isEmpty { container.append(("args", .list(args))) }
        if !job.secrets.isEmpty {
            container.append(("env", .list(job.secrets.map { secret in
                .map([("name", .string(secret.variable)),
                      ("valueFrom", .map([("secretKeyRef", .map([("name", .string(secretName)), ("key", .string(secret.store))]))]))])
            })))
        }
        var entries: [(String, YAMLOutput)] = [("name", .string(taskName(job.step.name)))]
        if !used.isEmpty { entries.append(inputs(used)) }
        entries.append(("container", .map(container)))
        return .map(entries)
    }

    /// The entrypoint of a sweep: the whole pipeline once per grid point, `parallelism` at a time.
    private static func sweepTemplate(_ plan: ExportPlan, options: ExportOptions) -> YAMLOutput {
        let swept = options.sweep.map(\.name)
        let passed = plan.definition.parameters.filter { !$0.isSecret }.map { parameter in
            YAMLOutput.map([("name", .string(parameter.name)),
                            ("value", .string(swept.contains(parameter.name) ? "{{item.\(parameter.name)}}" : "{{workflow.parameters.\(parameter.name)}}"))])
        }
        let items = SweepGrid(options.sweep.flatMap { axis in axis.values.map { ParameterAssignment(name: axis.name, text: $0.rendered) } })
            .combinations.map { point in YAMLOutput.map(point.map { ($0.name, .string($0.text)) }) }
        let run: YAMLOutput = .map([("name", .string("run")), ("template", .string("pipeline")),
                                    ("arguments", .map([("parameters", .list(passed))])), ("withItems", .list(items))])
        return .map([("name", .string("sweep")), ("parallelism", .number(String(options.maxParallel))), ("steps", .list([.list([run])]))])
    }
}
