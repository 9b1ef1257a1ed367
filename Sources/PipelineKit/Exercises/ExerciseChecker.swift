/// Checks a learner's exercise files with the real engine: the pipeline is loaded and
/// validated, then every expectation is checked (declared parameters; dry runs and runs over
/// value combinations the learner does not see; a sweep's size). Several combinations per
/// expectation mean deleting the failing part or hard-coding one value cannot pass.
public enum ExerciseChecker {
    /// Checks the files (by name) against the exercise's expectations.
    ///
    /// - Parameters:
    ///   - readSweep: reads a sweep file, for exercises whose expectation is a sweep.
    ///   - displayName: how messages name a file (`pipeline-exercises/ID/pipeline.yaml`).
    /// - Complexity: one engine run per run of every case.
    public static func check(_ exercise: Exercise, files: [String: String], readSweep: SweepReader,
                             displayName: (String) -> String = { $0 }) -> ExerciseReport {
        let expectations = exercise.description.expectations
        let name = exercise.pipelineFile
        guard let text = files[name] else {
            return ExerciseReport(loadProblems: [Diagnostic(.error, "\(displayName(name)) is missing", hint: "the exercise needs this file back")],
                                  findings: expectations.map { .init(says: $0.says, state: .notChecked) })
        }
        let definition: PipelineDefinition
        do {
            definition = try DefinitionLoader.load(text: text, file: displayName(name))
        } catch {
            return ExerciseReport(loadProblems: error.diagnostics, findings: expectations.map { .init(says: $0.says, state: .notChecked) })
        }
        let findings = expectations.map { expectation in
            var problems: [String] = []
            if let parameter = expectation.parameter { problems += check(parameter, in: definition) }
            for runCase in expectation.cases ?? [] { problems += check(runCase, expectation, definition: definition) }
            if let sweep = expectation.sweep { problems += SweepFileCheck.check(sweep, files: files, definition: definition, readSweep: readSweep, displayName: displayName) }
            return ExerciseReport.Finding(says: expectation.says, state: problems.isEmpty ? .passed : .failed(problems))
        }
        return ExerciseReport(loadProblems: [], findings: findings)
    }

    // MARK: - Parameters

    static func check(_ expected: ExerciseExpectation.ParameterCheck, in definition: PipelineDefinition) -> [String] {
        guard let parameter = definition.parameter(named: expected.name) else {
            let declared = definition.parameters.map(\.name)
            return ["no parameter named \(expected.name) is declared" + (declared.isEmpty ? "" : " (declared: \(declared.joined(separator: ", ")))")]
        }
        var problems: [String] = []
        if let type = expected.type, parameter.type.rawValue != type {
            problems.append("\(expected.name) is declared as \(parameter.type.rawValue), not \(type)")
        }
        if let secret = expected.secret, parameter.isSecret != secret {
            problems.append(secret ? "\(expected.name) is not marked secret: true, so its value would be printed and recorded"
                                   : "\(expected.name) is marked secret")
        }
        if let variable = expected.defaultFromEnvironment {
            switch parameter.defaultValue {
            case .template(_, let raw)? where raw.contains("env.\(variable)"):
                break
            case .template(_, let raw)?:
                problems.append("\(expected.name)'s default is \(raw), which does not read the \(variable) environment variable")
            case .value(_, let raw)?:
                problems.append("\(expected.name)'s default is the value \(raw) written in the file, not a reference to the \(variable) environment variable")
            case nil:
                problems.append("\(expected.name) has no default, so its value can only come from the command line, not from \(variable)")
            }
        }
        return problems
    }

    // MARK: - Runs

    static func check(_ runCase: ExerciseExpectation.RunCase, _ expectation: ExerciseExpectation, definition: PipelineDefinition) -> [String] {
        let environment = runCase.environment ?? [:]
        var session = RunSession(definition: definition)
        let label = describe(runCase)
        for (index, values) in runCase.runs.enumerated() {
            let request = ParameterRequest(assignments: values.sorted { $0.key < $1.key }.map { ParameterAssignment(name: $0.key, text: $0.value) },
                                           processEnvironment: environment)
            // The dry run: every value resolved and checked, and the plan made, before anything runs.
            let plan: RunPlan
            do {
                plan = RunPlan.make(definition, with: try ParameterResolver.resolve(definition, request: request), environment: environment)
            } catch {
                if expectation.outcome == .refused, index == runCase.runs.count - 1 { return [] }
                return ["\(label), the run was refused before any step ran: " + error.diagnostics.map(\.message).joined(separator: "; ")]
            }
            guard (try? session.run(request)) != nil else { return ["\(label), the run could not start"] }
            if index == runCase.runs.count - 1, let result = session.results.last {
                if expectation.outcome == .refused {
                    return ["\(label), the run was accepted; the value should be refused before any step runs"]
                }
                return check(result, plan: plan, values: values, expectation, label: label, environment: environment)
            }
        }
        return []
    }

    private static func check(_ result: RunResult, plan: RunPlan, values: [String: String], _ expectation: ExerciseExpectation,
                              label: String, environment: [String: String]) -> [String] {
        if result.status != .succeeded {
            let failed = result.steps.first { $0.status == .failed }
            return ["\(label), the run failed" + (failed.map { " at step \($0.name): \($0.effect)" } ?? "")]
        }
        var problems: [String] = []
        func substitute(_ text: String) -> String {
            var out = text
            for parameter in result.parameters { out = out.replacingOccurrences(of: "{\(parameter.name)}", with: values[parameter.name] ?? parameter.displayValue) }
            return out
        }
        for (name, state) in (expectation.steps ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let step = result.steps.first(where: { $0.name == name }) else {
                problems.append("there is no step named \(name)")
                continue
            }
            let ran = step.status == .succeeded
            if state == .ran, !ran {
                let reason = plan.steps.first { $0.name == name }?.skipReason ?? step.effect
                problems.append("\(label), \(name) was skipped (\(reason))")
            } else if state == .skipped, ran {
                problems.append("\(label), \(name) ran; it should have been skipped")
            }
        }
        for (name, expected) in (expectation.receives ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let step = result.steps.first(where: { $0.name == name }) else {
                problems.append("there is no step named \(name)")
                continue
            }
            let wanted = substitute(expected).split(separator: " ").map(String.init)
            if !contains(step.arguments, wanted) {
                let received = step.arguments.isEmpty ? "no arguments" : "'" + step.arguments.joined(separator: " ") + "'"
                problems.append("\(label), \(name) received \(received), not '\(wanted.joined(separator: " "))'")
            }
        }
        for (name, expected) in (expectation.outputs ?? [:]).sorted(by: { $0.key < $1.key }) {
            let value = result.output(name) ?? VariableTracker.undefined
            if expected.hasPrefix("=") {
                let other = String(expected.dropFirst())
                let otherValue = result.output(other) ?? VariableTracker.undefined
                if value != otherValue { problems.append("\(label), \(name) is \(value), but \(other) is \(otherValue)") }
            } else if value != substitute(expected) {
                problems.append("\(label), \(name) is \(value), not \(substitute(expected))")
            }
        }
        if expectation.hidesEnvironment == true {
            var shown: [String] = result.parameters.map(\.displayValue) + result.outputs.map(\.value)
            for event in result.events { shown += event.values + event.arguments + [event.effect] + event.outputs.map(\.value) }
            for step in result.steps { shown += step.arguments + [step.effect] }
            for (variable, secret) in environment where !secret.isEmpty && shown.contains(where: { $0.contains(secret) }) {
                problems.append("\(label), the value of \(variable) appears in the run's output")
            }
        }
        return problems
    }

    /// Whether `tokens` appear one after another in `arguments`.
    private static func contains(_ arguments: [String], _ tokens: [String]) -> Bool {
        guard !tokens.isEmpty else { return true }
        guard arguments.count >= tokens.count else { return false }
        return (0...(arguments.count - tokens.count)).contains { Array(arguments[$0..<($0 + tokens.count)]) == tokens }
    }

    /// `with learning_rate=0.37` or `in run 2 of a session (learning_rate=0.02, then learning_rate=0.2)`.
    static func describe(_ runCase: ExerciseExpectation.RunCase) -> String {
        func values(_ run: [String: String]) -> String {
            run.isEmpty ? "no values" : run.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        let environment = (runCase.environment ?? [:]).keys.sorted().map { " and \($0) set" }.joined()
        guard runCase.runs.count > 1 else {
            let run = runCase.runs.first ?? [:]
            return (run.isEmpty ? "with no values passed" : "with " + values(run)) + environment
        }
        return "after run \(runCase.runs.count) of a session (" + runCase.runs.map(values).joined(separator: ", then ") + ")" + environment
    }
}
