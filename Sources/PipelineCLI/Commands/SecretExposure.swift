import PipelineKit

/// Warns when a secret's value was typed on the command line, where shell history and the
/// process list keep it, and says how to pass it through the environment instead. The value
/// itself is never part of the message.
enum SecretExposure {
    /// One warning per secret parameter that `assignments` (from `--param`, a shorthand or `--run`) gives a value.
    static func warnings(for definition: PipelineDefinition, assignments: [ParameterAssignment]) -> [Diagnostic] {
        let typed = Set(assignments.map(\.name))
        return definition.parameters.filter { $0.isSecret && typed.contains($0.name) }.map { parameter in
            Diagnostic(.warning, "the secret '\(parameter.name)' was given on the command line: visible in shell history and the process list",
                       hint: "pass it through the environment: " + safeWay(for: parameter))
        }
    }

    /// How to hand `parameter` to a run without typing its value.
    static func safeWay(for parameter: Parameter) -> String {
        if let variable = environmentVariable(of: parameter) {
            return "read -rs \(variable) && export \(variable), and leave the value off the command line (its default reads ${{ env.\(variable) }})"
        }
        let variable = parameter.name.uppercased()
        return "give '\(parameter.name)' the default ${{ env.\(variable) }} in the pipeline file, then read -rs \(variable) && export \(variable)"
    }

    /// The environment variable a parameter's default reads, if it reads one.
    static func environmentVariable(of parameter: Parameter) -> String? {
        guard case .template(let template, _)? = parameter.defaultValue else { return nil }
        for case .environment(let name) in template.references { return name }
        return nil
    }
}
