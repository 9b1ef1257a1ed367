// MARK: - Checking a condition against the declared types

extension Condition {
    /// What a condition operand holds, as far as comparisons care.
    private enum Kind: Equatable {
        case number, text, bool, list, map

        init(_ type: ParameterType) {
            switch type {
            case .int, .float: self = .number
            case .string, .path, .secret: self = .text
            case .bool: self = .bool
            case .list: self = .list
            case .map: self = .map
            }
        }

        init(_ value: ParameterValue) {
            switch value {
            case .int, .float: self = .number
            case .string, .path: self = .text
            case .bool: self = .bool
            case .list: self = .list
            case .map: self = .map
            }
        }

        var name: String {
            switch self {
            case .number: return "a number"
            case .text: return "a string"
            case .bool: return "a bool"
            case .list: return "a list"
            case .map: return "a map"
            }
        }
    }

    /// Checks the condition at load time against the declared parameters, so that a condition
    /// that could never be evaluated is refused before anything runs: a bare parameter must be
    /// declared `bool`, compared operands must be of comparable types, `<` and `>` only on
    /// numbers and text, and no secret may decide a condition (its outcome would tell the
    /// secret's value). Undeclared parameters are skipped: the loader reports them itself.
    ///
    /// - Parameter declared: the declared parameter of that name, or `nil`.
    /// - Returns: every problem found, in order.
    /// - Complexity: O(n) in the size of the condition.
    func typeErrors(declared: (String) -> Parameter?) -> [ConditionError] {
        var errors: [ConditionError] = []
        checkCondition(declared, &errors)
        return errors
    }

    private func checkCondition(_ declared: (String) -> Parameter?, _ errors: inout [ConditionError]) {
        switch self {
        case .parameter(let name, let location):
            guard let parameter = declared(name) else { return }
            if parameter.isSecret {
                errors.append(ConditionError(.secretCondition(name: name), at: location))
            } else if parameter.type != .bool {
                errors.append(ConditionError(.declaredNotABool(name: name, type: parameter.type.rawValue), at: location))
            }
        case .literal(let value):
            if case .bool = value { return }
            errors.append(ConditionError(.notACondition(text: description), at: nil))
        case .comparison(let left, let comparison, let right):
            guard let lhs = left.operandKind(declared, &errors), let rhs = right.operandKind(declared, &errors) else { return }
            let location = left.firstLocation ?? right.firstLocation
            guard lhs == rhs else {
                let mismatch = ConditionProblem.typeMismatch(left: "\(left) (\(lhs.name))", right: "\(right) (\(rhs.name))", operator: comparison.rawValue)
                errors.append(ConditionError(mismatch, at: location))
                return
            }
            if comparison.isOrdering, lhs != .number, lhs != .text {
                errors.append(ConditionError(.unorderedComparison(type: lhs.name, operator: comparison.rawValue), at: location))
            }
        case .and(let left, let right), .or(let left, let right):
            left.checkCondition(declared, &errors)
            right.checkCondition(declared, &errors)
        case .not(let operand):
            operand.checkCondition(declared, &errors)
        }
    }

    /// The kind of a comparison operand, or `nil` when unknown (undeclared, or a secret: reported).
    private func operandKind(_ declared: (String) -> Parameter?, _ errors: inout [ConditionError]) -> Kind? {
        switch self {
        case .parameter(let name, let location):
            guard let parameter = declared(name) else { return nil }
            guard !parameter.isSecret else {
                errors.append(ConditionError(.secretCondition(name: name), at: location))
                return nil
            }
            return Kind(parameter.type)
        case .literal(let value):
            return Kind(value)
        default:
            checkCondition(declared, &errors)
            return .bool
        }
    }
}
