/// A problem in a pipeline definition file, found at load time, before anything runs.
enum DefinitionError: Error, Equatable, Sendable {
    case emptyDocument(file: String)
    case expected(what: String, found: String, at: SourceLocation)
    case unknownKey(key: String, context: String, suggestion: String?, allowed: [String], at: SourceLocation)
    case missingKey(key: String, context: String, example: String, at: SourceLocation)
    case duplicateName(kind: String, name: String, at: SourceLocation, first: SourceLocation)
    case invalidName(kind: String, name: String, at: SourceLocation)
    case unknownType(name: String, type: String, at: SourceLocation)
    case invalidDefault(name: String, reason: String, hint: String, at: SourceLocation)
    case invalidBound(name: String, reason: String, at: SourceLocation)
    case defaultNotAllowed(name: String, shown: String, at: SourceLocation)
    case undeclaredParameter(name: String, step: String, suggestion: String?, declared: [String], at: SourceLocation)
    case unknownNeed(step: String, need: String, suggestion: String?, at: SourceLocation)
    case dependencyCycle(steps: [String], at: SourceLocation)
    case tooMany(kind: String, count: Int, limit: Int, at: SourceLocation)

    var location: SourceLocation? {
        switch self {
        case .emptyDocument: return nil
        case .expected(_, _, let at), .unknownKey(_, _, _, _, let at), .missingKey(_, _, _, let at),
             .duplicateName(_, _, let at, _), .invalidName(_, _, let at), .unknownType(_, _, let at),
             .invalidDefault(_, _, _, let at), .invalidBound(_, _, let at), .defaultNotAllowed(_, _, let at),
             .undeclaredParameter(_, _, _, _, let at), .unknownNeed(_, _, _, let at), .dependencyCycle(_, let at),
             .tooMany(_, _, _, let at):
            return at
        }
    }

    var diagnostic: Diagnostic {
        Diagnostic(.error, at: location ?? emptyLocation, message, hint: hint)
    }

    private var emptyLocation: SourceLocation? {
        if case .emptyDocument(let file) = self { return SourceLocation(file: file, line: 1, column: 1) }
        return nil
    }

    var message: String {
        switch self {
        case .emptyDocument:
            return "the pipeline file is empty (it holds no YAML besides comments)"
        case .expected(let what, let found, _):
            return "expected \(what), but found \(found)"
        case .unknownKey(let key, let context, _, _, _):
            return "unknown key '\(key)' in \(context)"
        case .missingKey(let key, let context, _, _):
            return "\(context) has no '\(key)'"
        case .duplicateName(let kind, let name, _, let first):
            return "\(kind) '\(name)' is declared twice (first at line \(first.line))"
        case .invalidName(let kind, let name, _):
            return "'\(EchoedText.cut(name))' is not a valid \(kind) name"
        case .unknownType(let name, let type, _):
            return "parameter '\(name)' has unknown type '\(type)'"
        case .invalidDefault(let name, let reason, _, _):
            return "the default of parameter '\(name)' is invalid: \(reason)"
        case .invalidBound(let name, let reason, _):
            return "parameter '\(name)': \(reason)"
        case .defaultNotAllowed(let name, let shown, _):
            return "the default \(shown) of parameter '\(name)' is not among its 'values:'"
        case .undeclaredParameter(let name, let step, _, _, _):
            return "step '\(step)' refers to parameters.\(name), which is not declared"
        case .unknownNeed(let step, let need, _, _):
            return "step '\(step)' needs '\(need)', but no step has that name"
        case .dependencyCycle(let steps, _):
            return "the steps' 'needs:' form a cycle: " + (steps + [steps.first ?? ""]).joined(separator: " → ")
        case .tooMany(let kind, let count, let limit, _):
            return "the pipeline has \(count) \(kind), over the limit of \(limit)"
        }
    }

    var hint: Hint? {
        if case .emptyDocument = self {
            return "start from an example: \(UserAction.previewPipeline(name: "train-lr")), or see docs/pipeline-format.md"
        }
        return advice.map { Hint($0) }
    }

    /// The hints that name no action.
    private var advice: String? {
        switch self {
        case .emptyDocument:
            return nil
        case .expected:
            return "see docs/pipeline-format.md for the shape of a pipeline file"
        case .unknownKey(_, _, let suggestion, let allowed, _):
            let list = "allowed keys: " + allowed.joined(separator: ", ")
            return suggestion.map { "did you mean '\($0)'? \(list)" } ?? list
        case .missingKey(_, _, let example, _):
            return "add it, for example: \(example)"
        case .duplicateName:
            return "give each one its own name"
        case .invalidName(let kind, _, _):
            return "a \(kind) name starts with a letter or _, holds only letters, digits, _ and -, and is at most \(DefinitionLoader.maximumNameLength) bytes long"
        case .unknownType:
            return "use one of: " + ParameterType.allCases.map(\.rawValue).joined(separator: ", ")
        case .invalidDefault(_, _, let hint, _):
            return hint
        case .invalidBound:
            return "min and max apply to int and float parameters, and min must not exceed max"
        case .defaultNotAllowed:
            return "add the default to 'values:' or change the default"
        case .undeclaredParameter(let name, _, let suggestion, let declared, _):
            if let suggestion { return "did you mean parameters.\(suggestion)? declared: " + declared.joined(separator: ", ") }
            return declared.isEmpty
                ? "declare it under 'parameters:' with - name: \(name)"
                : "declare it under 'parameters:', or use one of: " + declared.joined(separator: ", ")
        case .unknownNeed(_, _, let suggestion, _):
            return suggestion.map { "did you mean '\($0)'?" } ?? "name a step declared under 'steps:'"
        case .dependencyCycle:
            return "remove one of these 'needs:' so that some step can run first"
        case .tooMany:
            return "split the pipeline into smaller ones"
        }
    }
}
