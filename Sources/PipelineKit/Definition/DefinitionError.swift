/// A problem in a pipeline definition file, found at load time, before anything runs. The
/// problems every decoder shares (unknown and missing keys, values of the wrong kind) are
/// `DecodingProblem`s; these are the definition's own.
enum DefinitionError: Error, Equatable, Sendable {
    case emptyDocument
    case duplicateName(kind: String, name: String, first: SourceLocation)
    case invalidName(kind: String, name: String)
    case unknownType(name: String, type: String)
    case invalidDefault(name: String, reason: String, hint: String)
    case invalidBound(name: String, reason: String)
    case defaultNotAllowed(name: String, shown: String)
    case undeclaredParameter(name: String, step: String, suggestion: String?, declared: [String])
    case unknownNeed(step: String, need: String, suggestion: String?)
    case dependencyCycle(steps: [String])
    case tooMany(kind: String, count: Int, limit: Int)

    /// The problem as an error diagnostic at `location`.
    func diagnostic(at location: SourceLocation) -> Diagnostic {
        let (message, hint) = wording
        return Diagnostic(.error, at: location, message, hint: hint)
    }

    /// What is wrong, and how to fix it.
    private var wording: (message: String, hint: Hint) {
        switch self {
        case .emptyDocument:
            return ("the pipeline file is empty (it holds no YAML besides comments)",
                    "start from an example: \(UserAction.previewPipeline(name: "train-lr")), or see docs/pipeline-format.md")
        case .duplicateName(let kind, let name, let first):
            return ("\(kind) '\(name)' is declared twice (first at line \(first.line))", "give each one its own name")
        case .invalidName(let kind, let name):
            return ("'\(EchoedText.cut(name))' is not a valid \(kind) name",
                    Hint("a \(kind) name starts with a letter or _, holds only letters, digits, _ and -, and is at most \(DefinitionLoader.maximumNameLength) bytes long"))
        case .unknownType(let name, let type):
            return ("parameter '\(name)' has unknown type '\(type)'", Hint("use one of: " + ParameterType.allCases.map(\.rawValue).joined(separator: ", ")))
        case .invalidDefault(let name, let reason, let hint):
            return ("the default of parameter '\(name)' is invalid: \(reason)", Hint(hint))
        case .invalidBound(let name, let reason):
            return ("parameter '\(name)': \(reason)", "min and max apply to int and float parameters, and min must not exceed max")
        case .defaultNotAllowed(let name, let shown):
            return ("the default \(shown) of parameter '\(name)' is not among its 'values:'", "add the default to 'values:' or change the default")
        case .undeclaredParameter(let name, let step, let suggestion, let declared):
            let hint: String
            if let suggestion {
                hint = "did you mean parameters.\(suggestion)? declared: " + declared.joined(separator: ", ")
            } else {
                hint = declared.isEmpty
                    ? "declare it under 'parameters:' with - name: \(name)"
                    : "declare it under 'parameters:', or use one of: " + declared.joined(separator: ", ")
            }
            return ("step '\(step)' refers to parameters.\(name), which is not declared", Hint(hint))
        case .unknownNeed(let step, let need, let suggestion):
            return ("step '\(step)' needs '\(need)', but no step has that name",
                    Hint(suggestion.map { "did you mean '\($0)'?" } ?? "name a step declared under 'steps:'"))
        case .dependencyCycle(let steps):
            return ("the steps' 'needs:' form a cycle: " + (steps + [steps.first ?? ""]).joined(separator: " → "),
                    "remove one of these 'needs:' so that some step can run first")
        case .tooMany(let kind, let count, let limit):
            return ("the pipeline has \(count) \(kind), over the limit of \(limit)", "split the pipeline into smaller ones")
        }
    }
}
