/// Everything a run's parameter values can come from, besides the definition's defaults.
public struct ParameterRequest: Equatable, Sendable {
    /// `--env NAME`: one of the definition's `environments:` sets.
    var environmentName: String?
    /// `--params-file FILE`, already read.
    var paramsFile: ParamsFile?
    /// `--param name=value` in the order typed; the last one for a name wins.
    public var assignments: [ParameterAssignment]
    /// The process environment, read by `${{ env.NAME }}`.
    var processEnvironment: [String: String]

    public init(environmentName: String? = nil, paramsFile: ParamsFile? = nil,
                assignments: [ParameterAssignment] = [], processEnvironment: [String: String] = [:]) {
        self.environmentName = environmentName
        self.paramsFile = paramsFile
        self.assignments = assignments
        self.processEnvironment = processEnvironment
    }
}
