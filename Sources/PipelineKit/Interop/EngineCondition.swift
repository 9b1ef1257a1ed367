/// A step's `when:` written in each engine's expression language, in the form that keeps the
/// value's type: GitHub `inputs.x` (never `github.event.inputs.x`), Azure `eq(parameters.x, true)`,
/// Argo explicit string comparisons.
enum EngineCondition {
    /// GitHub Actions `if:` text without `${{ }}`; `reference` names where a parameter is read.
    static func github(_ condition: Condition, reference: (String) -> String) -> String {
        switch condition {
        case .parameter(let name, _): return reference(name)
        case .literal(let value): return githubLiteral(value)
        case .comparison(let left, let comparison, let right):
            return "\(github(left, reference: reference)) \(comparison.rawValue) \(github(right, reference: reference))"
        case .and(let left, let right): return "(\(github(left, reference: reference)) && \(github(right, reference: reference)))"
        case .or(let left, let right): return "(\(github(left, reference: reference)) || \(github(right, reference: reference)))"
        case .not(let operand): return "!(\(github(operand, reference: reference)))"
        }
    }

    private static func githubLiteral(_ value: ParameterValue) -> String {
        switch value {
        case .string(let text), .path(let text): return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        default: return value.rendered
        }
    }

    /// Azure Pipelines template expression (the inside of `${{ }}`): `eq(parameters.mode, 'full')`.
    static func azure(_ condition: Condition, reference: (String) -> String) -> String {
        switch condition {
        case .parameter(let name, _): return "eq(\(reference(name)), true)"
        case .literal(let value): return azureOperand(.literal(value), reference: reference)
        case .comparison(let left, let comparison, let right):
            return "\(azureFunction[comparison] ?? "eq")(\(azureOperand(left, reference: reference)), \(azureOperand(right, reference: reference)))"
        case .and(let left, let right): return "and(\(azure(left, reference: reference)), \(azure(right, reference: reference)))"
        case .or(let left, let right): return "or(\(azure(left, reference: reference)), \(azure(right, reference: reference)))"
        case .not(let operand): return "not(\(azure(operand, reference: reference)))"
        }
    }

    static let azureFunction: [ComparisonOperator: String] = [
        .equal: "eq", .notEqual: "ne", .less: "lt", .greater: "gt", .lessOrEqual: "le", .greaterOrEqual: "ge",
    ]

    private static func azureOperand(_ condition: Condition, reference: (String) -> String) -> String {
        switch condition {
        case .parameter(let name, _): return reference(name)
        case .literal(.string(let text)), .literal(.path(let text)): return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .literal(let value): return value.rendered
        default: return azure(condition, reference: reference)
        }
    }

    /// Argo `when:` (govaluate after substitution): equality compares text in quotes, ordering compares numbers.
    static func argo(_ condition: Condition, reference: (String) -> String) -> String {
        switch condition {
        case .parameter(let name, _): return "'{{\(reference(name))}}' == 'true'"
        case .literal(let value): return value == .bool(true) ? "true" : "false"
        case .comparison(let left, let comparison, let right):
            let quote = !comparison.isOrdering
            return "\(argoOperand(left, quoted: quote, reference: reference)) \(comparison.rawValue) \(argoOperand(right, quoted: quote, reference: reference))"
        case .and(let left, let right): return "(\(argo(left, reference: reference))) && (\(argo(right, reference: reference)))"
        case .or(let left, let right): return "(\(argo(left, reference: reference))) || (\(argo(right, reference: reference)))"
        case .not(let operand): return "!(\(argo(operand, reference: reference)))"
        }
    }

    private static func argoOperand(_ condition: Condition, quoted: Bool, reference: (String) -> String) -> String {
        switch condition {
        case .parameter(let name, _): return quoted ? "'{{\(reference(name))}}'" : "{{\(reference(name))}}"
        case .literal(let value): return quoted ? "'" + value.rendered.replacingOccurrences(of: "'", with: "\\'") + "'" : value.rendered
        default: return "(\(argo(condition, reference: reference)))"
        }
    }
}
