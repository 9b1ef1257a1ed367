/// A problem in the `${{ … }}` placeholders of an `args:` text or a default.
enum TemplateError: Error, Equatable, Sendable {
    /// `${{` with no `}}` after it.
    case unterminated(at: SourceLocation)
    /// `${{ }}`.
    case emptyPlaceholder(at: SourceLocation)
    /// `${{ params.x }}`: a namespace other than `parameters` and `env`.
    case unknownNamespace(namespace: String, name: String, at: SourceLocation)
    /// `${{ learning_rate }}`: a name with no namespace.
    case missingNamespace(name: String, at: SourceLocation)
    /// A name that is not a name (`namespace` is nil when there is none).
    case invalidName(namespace: String?, name: String, at: SourceLocation)

    /// Where the placeholder starts (its `$`).
    var location: SourceLocation {
        switch self {
        case .unterminated(let at), .emptyPlaceholder(let at), .unknownNamespace(_, _, let at),
             .missingNamespace(_, let at), .invalidName(_, _, let at):
            return at
        }
    }

    /// What is wrong, as a sentence.
    var message: String {
        switch self {
        case .unterminated:
            return "this '${{' is never closed with '}}'"
        case .emptyPlaceholder:
            return "the placeholder '${{ }}' names nothing"
        case .unknownNamespace(let namespace, let name, _):
            return "'\(namespace).\(name)' reads an unknown namespace '\(namespace)'"
        case .missingNamespace(let name, _):
            return "the placeholder '${{ \(name) }}' does not say where '\(name)' comes from"
        case .invalidName(let namespace, let name, _):
            let kind = namespace == "env" ? "an environment variable name" : "a parameter name"
            return "'\(name)' is not \(kind)"
        }
    }

    /// How to fix it, as a sentence.
    var hint: String {
        switch self {
        case .unterminated:
            return "close the placeholder: ${{ parameters.NAME }}"
        case .emptyPlaceholder:
            return "write ${{ parameters.NAME }} or ${{ env.NAME }}"
        case .unknownNamespace(let namespace, let name, _):
            let lowered = namespace.lowercased()
            let meant = NameSuggester.closest(to: namespace, in: ["parameters", "env"])
                ?? (lowered.hasPrefix("p") ? "parameters" : lowered.hasPrefix("e") ? "env" : nil)
            let suggestion = meant.map { "did you mean '\($0).\(name)'? " } ?? ""
            return suggestion + "placeholders read parameters.NAME and env.NAME"
        case .missingNamespace(let name, _):
            return "write ${{ parameters.\(name) }} for a parameter, or ${{ env.\(name) }} for an environment variable"
        case .invalidName(let namespace, _, _):
            let rule = namespace == "env"
                ? "environment variable names hold letters, digits and '_'"
                : "names start with a letter or '_' and hold letters, digits, '_' and '-'"
            return rule + "; a placeholder holds one name (conditions belong in 'when:')"
        }
    }

    /// The error as a diagnostic.
    var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }
}
