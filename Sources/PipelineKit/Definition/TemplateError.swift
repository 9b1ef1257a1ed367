/// A problem in the `${{ … }}` placeholders of an `args:` text or a default; the location is
/// where the placeholder starts (its `$`).
typealias TemplateError = LocatedError<TemplateProblem>

/// What can be wrong in a placeholder.
enum TemplateProblem: ProblemKind {
    /// `${{` with no `}}` after it.
    case unterminated
    /// `${{ }}`.
    case emptyPlaceholder
    /// `${{ params.x }}`: a namespace other than `parameters` and `env`.
    case unknownNamespace(namespace: String, name: String)
    /// `${{ learning_rate }}`: a name with no namespace.
    case missingNamespace(name: String)
    /// A name that is not a name (`namespace` is nil when there is none).
    case invalidName(namespace: String?, name: String)

    /// What is wrong and how to fix it.
    var explanation: Explanation {
        switch self {
        case .unterminated:
            return Explanation("this '${{' is never closed with '}}'",
                               fix: "close the placeholder: ${{ parameters.NAME }}")
        case .emptyPlaceholder:
            return Explanation("the placeholder '${{ }}' names nothing",
                               fix: "write ${{ parameters.NAME }} or ${{ env.NAME }}")
        case .unknownNamespace(let namespace, let name):
            let lowered = namespace.lowercased()
            let meant = NameSuggester.closest(to: namespace, in: ["parameters", "env"])
                ?? (lowered.hasPrefix("p") ? "parameters" : lowered.hasPrefix("e") ? "env" : nil)
            return Explanation("'\(namespace).\(name)' reads an unknown namespace '\(namespace)'",
                               fix: Hint(NameSuggester.hint(suggesting: meant.map { "\($0).\(name)" }, then: "placeholders read parameters.NAME and env.NAME")))
        case .missingNamespace(let name):
            return Explanation("the placeholder '${{ \(name) }}' does not say where '\(name)' comes from",
                               fix: "write ${{ parameters.\(name) }} for a parameter, or ${{ env.\(name) }} for an environment variable")
        case .invalidName(let namespace, let name):
            let isEnvironment = namespace == "env"
            let rule = isEnvironment
                ? "environment variable names hold letters, digits and '_'"
                : "names start with a letter or '_' and hold letters, digits, '_' and '-'"
            return Explanation("'\(name)' is not \(isEnvironment ? "an environment variable name" : "a parameter name")",
                               fix: "\(rule); a placeholder holds one name (conditions belong in 'when:')")
        }
    }
}
