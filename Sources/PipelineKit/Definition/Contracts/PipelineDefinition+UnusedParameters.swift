extension PipelineDefinition {
    /// A warning for each declared parameter that no step's args or condition uses.
    ///
    /// - Complexity: O(p + r) for p parameters and r references.
    func unusedParameterWarnings() -> [Diagnostic] {
        let used = Set(steps.flatMap(\.parameterNames))
        return parameters.filter { !used.contains($0.name) }.map { ContractError(.unusedParameter(name: $0.name), at: $0.location).diagnostic }
    }
}
