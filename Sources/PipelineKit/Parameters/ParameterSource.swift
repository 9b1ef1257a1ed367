/// Where a resolved parameter value came from, lowest precedence first.
public enum ParameterSource: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The definition's `default:`.
    case definitionDefault
    /// An `environments:` set chosen with `--env NAME`.
    case environmentSet(String)
    /// A `--params-file`, by the name the user gave.
    case paramsFile(String)
    /// `--param name=value` or `--name value`.
    case commandLine
    /// `${{ env.NAME }}` read from the process environment.
    case environmentVariable(String)

    public var description: String {
        switch self {
        case .definitionDefault: return "default"
        case .environmentSet(let name): return "environment \(name)"
        case .paramsFile(let file): return "file \(file)"
        case .commandLine: return "command line"
        case .environmentVariable(let name): return "env var \(name)"
        }
    }

    /// ` (from file run.json)`, for messages; empty for the command line, where the user just typed it.
    var inClause: String {
        switch self {
        case .commandLine: return ""
        default: return " (from \(description))"
        }
    }
}
