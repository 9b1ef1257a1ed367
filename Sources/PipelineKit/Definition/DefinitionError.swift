/// A problem in a pipeline definition file, found at load time, before anything runs.
typealias DefinitionError = LocatedError<DefinitionProblem>

/// What can be wrong in a definition beyond its shape: the problems every decoder shares
/// (unknown and missing keys, values of the wrong kind) are `DecodingProblem`s; these are the
/// definition's own.
enum DefinitionProblem: ProblemKind {
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

    /// What is wrong and how to fix it.
    var explanation: Explanation {
        switch self {
        case .emptyDocument:
            return Explanation("the pipeline file is empty (it holds no YAML besides comments)",
                               fix: "start from an example: \(UserAction.previewPipeline(name: "train-lr")), or see docs/pipeline-format.md")
        case .duplicateName(let kind, let name, let first):
            return Explanation("\(kind) '\(name)' is declared twice (first at line \(first.line))", fix: "give each one its own name")
        case .invalidName(let kind, let name):
            return Explanation("'\(EchoedText.cut(name))' is not a valid \(kind) name",
                               fix: Hint("a \(kind) name starts with a letter or _, holds only letters, digits, _ and -, and is at most \(DefinitionLoader.maximumNameLength) bytes long"))
        case .unknownType(let name, let type):
            return Explanation("parameter '\(name)' has unknown type '\(type)'",
                               fix: Hint("use one of: " + ParameterType.allCases.map(\.rawValue).joined(separator: ", ")))
        case .invalidDefault(let name, let reason, let hint):
            return Explanation("the default of parameter '\(name)' is invalid: \(reason)", fix: Hint(hint))
        case .invalidBound(let name, let reason):
            return Explanation("parameter '\(name)': \(reason)", fix: "min and max apply to int and float parameters, and min must not exceed max")
        case .defaultNotAllowed(let name, let shown):
            return Explanation("the default \(shown) of parameter '\(name)' is not among its 'values:'",
                               fix: "add the default to 'values:' or change the default")
        case .undeclaredParameter(let name, let step, let suggestion, let declared):
            let hint: String
            if let suggestion {
                hint = "did you mean parameters.\(suggestion)? declared: " + declared.joined(separator: ", ")
            } else {
                hint = declared.isEmpty
                    ? "declare it under 'parameters:' with - name: \(name)"
                    : "declare it under 'parameters:', or use one of: " + declared.joined(separator: ", ")
            }
            return Explanation("step '\(step)' refers to parameters.\(name), which is not declared", fix: Hint(hint))
        case .unknownNeed(let step, let need, let suggestion):
            return Explanation("step '\(step)' needs '\(need)', but no step has that name",
                               fix: Hint(suggestion.map { "did you mean '\($0)'?" } ?? "name a step declared under 'steps:'"))
        case .dependencyCycle(let steps):
            return Explanation("the steps' 'needs:' form a cycle: " + (steps + [steps.first ?? ""]).joined(separator: " → "),
                               fix: "remove one of these 'needs:' so that some step can run first")
        case .tooMany(let kind, let count, let limit):
            return Explanation("the pipeline has \(count) \(kind), over the limit of \(limit)", fix: "split the pipeline into smaller ones")
        }
    }
}
