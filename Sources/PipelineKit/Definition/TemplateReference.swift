/// What a `${{ … }}` placeholder reads: a pipeline parameter or a process environment variable.
public enum TemplateReference: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// `${{ parameters.NAME }}`
    case parameter(String)
    /// `${{ env.NAME }}`
    case environment(String)

    /// The placeholder's inside as written canonically: `parameters.learning_rate`, `env.HOME`.
    public var description: String {
        switch self {
        case .parameter(let name): return "parameters.\(name)"
        case .environment(let name): return "env.\(name)"
        }
    }
}
