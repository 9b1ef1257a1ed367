// MARK: - Running a recorded run again

extension RunRecord {
    /// One value that differs between this run and a rerun of it.
    public struct Change: Equatable, Sendable, CustomStringConvertible {
        var parameter: String
        var before: String
        var after: String

        /// `learning_rate: 0.01 → 0.05`.
        public var description: String { "\(parameter): \(before) → \(after)" }
    }

    /// The values to pass again to repeat this run: every value that did not come from the
    /// definition's default or the process environment (those are read again). Secrets are
    /// never recorded: `secretsNeeded` names those that were given, to be given again.
    public var valuesToRepeat: (assignments: [ParameterAssignment], secretsNeeded: [String]) {
        var assignments: [ParameterAssignment] = []
        var secrets: [String] = []
        for parameter in parameters {
            guard let value = parameter.value, let source = parameter.source, source != .definitionDefault else { continue }
            if case .environmentVariable = source { continue }
            if parameter.secret {
                secrets.append(parameter.name)
            } else {
                assignments.append(ParameterAssignment(name: parameter.name, text: value))
            }
        }
        return (assignments, secrets)
    }

    /// The values a rerun used that differ from this run's, as shown (a secret is never
    /// compared: it is `[REDACTED]` on both sides, so passing it again is no change).
    public func changes(in rerun: RunResult) -> [Change] {
        var changes: [Change] = []
        for parameter in rerun.parameters {
            let before = parameters.first { $0.name == parameter.name }
            let old = before?.value ?? VariableTracker.undefined
            if before == nil || old != parameter.displayValue {
                changes.append(Change(parameter: parameter.name, before: old, after: parameter.displayValue))
            }
        }
        for parameter in parameters where !rerun.parameters.contains(where: { $0.name == parameter.name }) {
            changes.append(Change(parameter: parameter.name, before: parameter.value ?? VariableTracker.undefined, after: "no longer declared"))
        }
        return changes
    }
}
