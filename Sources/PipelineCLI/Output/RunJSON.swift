import PipelineKit

/// `--format json` for `pipeline run`: the result as JSON, secrets redacted.
enum RunJSON {
    static func result(_ result: RunResult, recordID: String?) -> String {
        var entries: [(String, JSONValue)] = [
            ("pipeline", .string(result.pipeline)),
            ("status", .string(result.status.rawValue)),
            ("parameters", .array(result.parameters.map(parameter))),
            ("steps", .array(result.steps.map(step))),
            ("outputs", .object(result.outputs.map { ($0.name, .string($0.value)) })),
            ("seconds", .number(result.seconds)),
        ]
        if let recordID { entries.append(("run_id", .string(recordID))) }
        return JSONValue.object(entries).rendered()
    }

    static func dryRun(_ definition: PipelineDefinition, _ resolution: ParameterResolver.Resolution, _ plan: RunPlan) -> String {
        JSONValue.object([
            ("pipeline", .string(definition.name)),
            ("description", definition.description.map(JSONValue.string) ?? .null),
            ("status", .string("planned")),
            ("parameters", .array(resolution.parameters.map(parameter))),
            ("steps", .array(plan.steps.map { step in
                .object([
                    ("name", .string(step.name)),
                    ("status", .string(step.willRun ? "will_run" : "will_skip")),
                    ("script", .string(step.script)),
                    ("args", .array(step.arguments.map(JSONValue.string))),
                    ("condition", step.condition.map(JSONValue.string) ?? .null),
                    ("skip_reason", step.skipReason.map(JSONValue.string) ?? .null),
                ])
            })),
        ]).rendered()
    }

    static func parameter(_ parameter: ResolvedParameter) -> JSONValue {
        .object([
            ("name", .string(parameter.name)),
            ("value", value(parameter)),
            ("type", .string(parameter.type.rawValue)),
            ("source", parameter.source.map { .string($0.description) } ?? .null),
            ("secret", .bool(parameter.isSecret)),
            ("overridden", .array(parameter.overridden.map { .object([("value", .string($0.shown)), ("source", .string($0.source.description))]) })),
        ])
    }

    static func value(_ parameter: ResolvedParameter) -> JSONValue {
        switch parameter.content {
        case nil: return .null
        case .secret(let secret)?: return .string(secret.description)
        case .plain(let value)?: return json(value)
        }
    }

    static func json(_ value: ParameterValue) -> JSONValue {
        switch value {
        case .string(let text), .path(let text): return .string(text)
        case .int(let number): return .integer(number)
        case .float(let number): return .number(number)
        case .bool(let flag): return .bool(flag)
        case .list(let items): return .array(items.map(json))
        case .map(let entries): return .object(entries.map { ($0.key, json($0.value)) })
        }
    }

    static func step(_ step: StepResult) -> JSONValue {
        .object([
            ("name", .string(step.name)),
            ("status", .string(step.status.rawValue)),
            ("script", .string(step.script)),
            ("args", .array(step.arguments.map(JSONValue.string))),
            ("effect", .string(step.effect)),
            ("outputs", .object(step.outputs.map { ($0.name, .string($0.value)) })),
            ("seconds", .number(step.seconds)),
        ])
    }
}
