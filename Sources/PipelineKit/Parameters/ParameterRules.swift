/// The rules a declared parameter puts on its value (`min:`, `max:`, `values:`), checked in one
/// place for a default at load time and for every value a run resolves.
enum ParameterRules {
    /// One rule a value breaks.
    enum Violation: Equatable, Sendable {
        /// Below `min:`.
        case belowMinimum(Double)
        /// Above `max:`.
        case aboveMaximum(Double)
        /// Not one of `values:`.
        case notAllowed([ParameterValue])
    }

    /// Every rule `value` breaks, in the order `min`, `max`, `values`.
    ///
    /// - Complexity: O(k) for k allowed values.
    static func check(_ value: ParameterValue, against parameter: Parameter) -> [Violation] {
        var violations: [Violation] = []
        if let number = value.numeric {
            if let minimum = parameter.minimum, number < minimum { violations.append(.belowMinimum(minimum)) }
            if let maximum = parameter.maximum, number > maximum { violations.append(.aboveMaximum(maximum)) }
        }
        if let allowed = parameter.allowedValues, !allowed.contains(value) { violations.append(.notAllowed(allowed)) }
        return violations
    }
}
