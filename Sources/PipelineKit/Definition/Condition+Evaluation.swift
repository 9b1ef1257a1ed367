// MARK: - Evaluating a condition

extension Condition {
    /// Whether the condition holds for the given parameter values.
    ///
    /// A bare parameter must be a bool; numbers compare numerically (ints and floats mix),
    /// strings and paths compare as text, bools only with `==` and `!=`. `and` and `or` stop
    /// at the first operand that decides.
    /// - Parameter value: the resolved value of a parameter, `nil` when it has none.
    /// - Throws: `ConditionError` for a parameter with no value or a type mismatch.
    /// - Complexity: O(n) in the size of the condition.
    func evaluate(_ value: (String) -> ParameterValue?) throws(ConditionError) -> Bool {
        switch self {
        case .parameter(let name, let location):
            guard let resolved = value(name) else { throw ConditionError(.unknownParameter(name: name), at: location) }
            guard case .bool(let flag) = resolved else {
                throw ConditionError(.notABool(name: name, value: Self.describe(resolved), type: Self.typeName(resolved)), at: location)
            }
            return flag
        case .literal(let literal):
            guard case .bool(let flag) = literal else {
                throw ConditionError(.notACondition(text: description), at: nil)
            }
            return flag
        case .comparison(let left, let comparison, let right):
            return try compare(left, comparison, right, value)
        case .and(let left, let right):
            return try left.evaluate(value) ? right.evaluate(value) : false
        case .or(let left, let right):
            return try left.evaluate(value) ? true : right.evaluate(value)
        case .not(let operand):
            return try !operand.evaluate(value)
        }
    }

    private func compare(
        _ left: Condition, _ comparison: ComparisonOperator, _ right: Condition, _ value: (String) -> ParameterValue?
    ) throws(ConditionError) -> Bool {
        let lhs = try left.operandValue(value)
        let rhs = try right.operandValue(value)
        let location = left.firstLocation ?? right.firstLocation
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            return Self.order(a, b, comparison)
        case _ where lhs.numeric != nil && rhs.numeric != nil:
            return Self.order(lhs.numeric ?? 0, rhs.numeric ?? 0, comparison)
        case (.string(let a), .string(let b)), (.string(let a), .path(let b)), (.path(let a), .string(let b)), (.path(let a), .path(let b)):
            return Self.order(a, b, comparison)
        case (.bool, .bool), (.list, .list), (.map, .map):
            guard !comparison.isOrdering else {
                throw ConditionError(.unorderedComparison(type: Self.typeName(lhs), operator: comparison.rawValue), at: location)
            }
            return (lhs == rhs) == (comparison == .equal)
        default:
            let mismatch = ConditionProblem.typeMismatch(
                left: "\(left) (\(Self.typeName(lhs)))", right: "\(right) (\(Self.typeName(rhs)))", operator: comparison.rawValue)
            throw ConditionError(mismatch, at: location)
        }
    }

    /// The value of a comparison operand: a parameter's value, a literal, or a nested condition's truth.
    private func operandValue(_ value: (String) -> ParameterValue?) throws(ConditionError) -> ParameterValue {
        switch self {
        case .parameter(let name, let location):
            guard let resolved = value(name) else { throw ConditionError(.unknownParameter(name: name), at: location) }
            return resolved
        case .literal(let literal):
            return literal
        default:
            return .bool(try evaluate(value))
        }
    }

    private static func order<T: Comparable>(_ a: T, _ b: T, _ comparison: ComparisonOperator) -> Bool {
        switch comparison {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .greater: return a > b
        case .lessOrEqual: return a <= b
        case .greaterOrEqual: return a >= b
        }
    }

    /// `an int`, `a string`, … for messages.
    static func typeName(_ value: ParameterValue) -> String {
        switch value {
        case .string: return "a string"
        case .int: return "an int"
        case .float: return "a float"
        case .bool: return "a bool"
        case .list: return "a list"
        case .map: return "a map"
        case .path: return "a path"
        }
    }
}
