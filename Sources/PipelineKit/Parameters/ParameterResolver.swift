/// Resolves every parameter of a run from its sources, lowest precedence first:
/// default → `--env` set → params file → command line, recording provenance, then checks every
/// value. All problems are reported together and nothing runs if there is one.
public struct ParameterResolver {
    /// The outcome: values in declaration order, plus warnings (a repeated `--param`).
    public struct Resolution: Equatable, Sendable {
        public private(set) var parameters: [ResolvedParameter]
        public var warnings: [Diagnostic]
        /// Environment variables a secret's default reads: `${{ env.NAME }}` of one of these
        /// in `args:` is shown as `[REDACTED]`, like the secret itself.
        var secretVariables: Set<String>
        private var positions: [String: Int]

        init(parameters: [ResolvedParameter], warnings: [Diagnostic], secretVariables: Set<String> = []) {
            self.parameters = parameters
            self.warnings = warnings
            self.secretVariables = secretVariables
            positions = Dictionary(parameters.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// - Complexity: O(1).
        subscript(name: String) -> ResolvedParameter? {
            positions[name].map { parameters[$0] }
        }

        /// The parameter's name with its value as shown (`undefined` for a name it does not hold).
        func binding(_ name: String) -> ParameterBinding {
            ParameterBinding(name: name, value: self[name]?.displayValue ?? ResolvedParameter.undefined)
        }

        /// Every parameter with its value as shown, in declaration order.
        var bindings: [ParameterBinding] { parameters.map { ParameterBinding(name: $0.name, value: $0.displayValue) } }
    }

    /// Declared parameters by name, so that resolving p values costs O(p), not O(p²).
    private let declared: DeclaredParameters
    private let environments: [EnvironmentSet]
    /// Each `${{ env.NAME }}` in a step's `args:`, with the step, in file order.
    private let argumentVariables: [(variable: String, step: String)]
    private var problems: [Diagnostic] = []
    private var warnings: [Diagnostic] = []
    /// name → candidate values from each layer, in the order applied.
    private var layers: [String: [(value: ParameterValue, raw: String, source: ParameterSource)]] = [:]
    /// Parameters given a value that was refused: already reported, so not "missing" as well
    /// (one mistake, one error).
    private var refused: Set<String> = []

    init(definition: PipelineDefinition) {
        declared = DeclaredParameters(definition.parameters)
        environments = definition.environments
        argumentVariables = definition.steps.flatMap { step in
            step.arguments.references.compactMap { reference -> (String, String)? in
                if case .environment(let name) = reference { return (name, step.name) }
                return nil
            }
        }
    }

    /// Resolves and validates.
    ///
    /// - Complexity: O(p + a) for p declared parameters and a supplied values.
    /// - Throws: `DiagnosticError` listing every problem.
    public static func resolve(_ definition: PipelineDefinition, request: ParameterRequest) throws(DiagnosticError) -> Resolution {
        var resolver = ParameterResolver(definition: definition)
        return try resolver.run(request)
    }

    private mutating func run(_ request: ParameterRequest) throws(DiagnosticError) -> Resolution {
        applyDefaults(environment: request.processEnvironment, request: request)
        if let name = request.environmentName {
            if let set = environments.first(where: { $0.name == name }) {
                apply(set.settings, source: .environmentSet(name))
            } else {
                problems.append(ParameterError.unknownEnvironment(name: name, available: environments.map(\.name)).diagnostic())
            }
        }
        if let file = request.paramsFile {
            let source = ParameterSource.paramsFile(file.file)
            let settings = ParameterSetting.decode(file.entries, against: declared, source: source, problems: &problems)
            // A value the file gives but that was refused is reported once, never also as missing.
            refused.formUnion(file.entries.map(\.key.text).filter { name in !settings.contains { $0.name == name } })
            apply(settings, source: source)
        }
        applyCommandLine(request.assignments)
        var reported: Set<String> = []
        for (variable, step) in argumentVariables where request.processEnvironment[variable] == nil && reported.insert(variable).inserted {
            problems.append(Diagnostic(.error, "step '\(step)' passes ${{ env.\(variable) }}, but the environment variable \(variable) is not set",
                                       hint: "set it before the run (export \(variable)=...), or declare a parameter with a default and pass that instead"))
        }
        var parameters: [ResolvedParameter] = []
        for parameter in declared.all { parameters.append(finish(parameter)) }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        let secretVariables = Set(declared.all.filter(\.isSecret).flatMap { parameter -> [String] in
            guard case .template(let template, _)? = parameter.defaultValue else { return [] }
            return template.references.compactMap { if case .environment(let name) = $0 { return name } else { return nil } }
        })
        return Resolution(parameters: Self.markingDerivedSecrets(parameters, secretVariables: secretVariables),
                          warnings: warnings, secretVariables: secretVariables)
    }

    /// A value that holds a secret is secret too: a text parameter whose value contains a
    /// secret's value (`https://user:KEY@host/`), or one read from a variable a secret reads.
    ///
    /// - Complexity: O(p · s · n) for p parameters, s secrets and values of n characters.
    static func markingDerivedSecrets(_ parameters: [ResolvedParameter], secretVariables: Set<String>) -> [ResolvedParameter] {
        let secrets = parameters.compactMap(\.secret)
        guard !secrets.isEmpty || !secretVariables.isEmpty else { return parameters }
        return parameters.map { parameter in
            guard let value = parameter.plainValue else { return parameter }
            let textual: Bool
            switch value {
            case .string, .path, .list, .map: textual = true
            case .int, .float, .bool: textual = false
            }
            var fromSecretVariable = false
            if case .environmentVariable(let name)? = parameter.source { fromSecretVariable = secretVariables.contains(name) }
            let rendered = textual ? value.rendered : ""
            guard fromSecretVariable || (textual && secrets.contains(where: { $0.occurs(in: rendered) })) else { return parameter }
            return ResolvedParameter(name: parameter.name, type: parameter.type, content: .secret(Secret(value)), source: parameter.source,
                                     overridden: parameter.overridden.map { ResolvedParameter.Override(shown: ResolvedParameter.redacted, source: $0.source) },
                                     isSecret: true)
        }
    }

    // MARK: - Layers

    private mutating func applyDefaults(environment: [String: String], request: ParameterRequest) {
        for parameter in declared.all {
            switch parameter.defaultValue {
            case .value(let value, let raw)?:
                layers[parameter.name, default: []].append((value, raw, .definitionDefault))
            case .template(let template, _)?:
                let variables = template.references.compactMap { reference -> String? in
                    if case .environment(let name) = reference { return name }
                    return nil
                }
                let missing = variables.filter { environment[$0] == nil }
                if let variable = missing.first {
                    // Only a problem when nothing else supplies the value.
                    if !suppliedLater(parameter.name, request: request) {
                        problems.append(ParameterError.environmentVariableUnset(variable: variable, parameter: parameter.name, isSecret: parameter.isSecret).diagnostic())
                        // One mistake, one error: the unset variable, never also "required parameter has no value".
                        refused.insert(parameter.name)
                    }
                    continue
                }
                let text = template.render { reference in
                    if case .environment(let name) = reference { return environment[name] ?? "" }
                    return ""
                }
                let source: ParameterSource = variables.count == 1 ? .environmentVariable(variables[0]) : .definitionDefault
                add(text, for: parameter, source: source, at: nil)
            case nil:
                continue
            }
        }
    }

    private func suppliedLater(_ name: String, request: ParameterRequest) -> Bool {
        if request.assignments.contains(where: { $0.name == name }) { return true }
        if request.paramsFile?.entries.contains(where: { $0.key.text == name }) == true { return true }
        if let env = request.environmentName,
           environments.first(where: { $0.name == env })?.settings.contains(where: { $0.name == name }) == true {
            return true
        }
        return false
    }

    private mutating func apply(_ settings: [ParameterSetting], source: ParameterSource) {
        for setting in settings { layers[setting.name, default: []].append((setting.value, setting.raw, source)) }
    }

    private mutating func applyCommandLine(_ assignments: [ParameterAssignment]) {
        var seen: [String: String] = [:]
        for assignment in assignments {
            guard let parameter = declared[assignment.name] else {
                problems.append(ParameterError.unknown(assignment.name, among: declared, source: .commandLine).diagnostic())
                continue
            }
            if let earlier = seen[assignment.name] {
                let shown = parameter.isSecret ? ResolvedParameter.redacted : earlier
                let now = parameter.isSecret ? ResolvedParameter.redacted : assignment.text
                warnings.append(Diagnostic(.warning, "parameter '\(assignment.name)' is given more than once on the command line; the last value (\(now)) wins over \(shown)",
                                           hint: "pass each parameter once"))
            }
            seen[assignment.name] = assignment.text
            add(assignment.text, for: parameter, source: .commandLine, at: nil)
        }
    }

    private mutating func add(_ text: String, for parameter: Parameter, source: ParameterSource, at location: SourceLocation?) {
        do {
            let value = try ValueParser.parse(text, as: parameter.type)
            layers[parameter.name, default: []].append((value, text, source))
        } catch {
            refused.insert(parameter.name)
            problems.append(ParameterError.wrongType(parameter, shown: text, failure: error, source: source).diagnostic(at: location))
        }
    }

    // MARK: - Final checks

    private mutating func finish(_ parameter: Parameter) -> ResolvedParameter {
        let candidates = layers[parameter.name] ?? []
        guard let chosen = candidates.last else {
            if parameter.isRequired, !refused.contains(parameter.name) {
                problems.append(ParameterError.missingRequired(name: parameter.name, type: parameter.typeDescription).diagnostic(at: nil))
            }
            return ResolvedParameter(name: parameter.name, type: parameter.type, value: nil, source: nil, isSecret: parameter.isSecret)
        }
        let shown = parameter.isSecret ? ResolvedParameter.redacted : chosen.raw
        for violation in ParameterRules.check(chosen.value, against: parameter) {
            problems.append(ParameterError.violation(violation, of: parameter, shown: shown, source: chosen.source).diagnostic())
        }
        let overridden = candidates.dropLast().reversed().map {
            ResolvedParameter.Override(shown: parameter.isSecret ? ResolvedParameter.redacted : $0.value.rendered, source: $0.source)
        }
        let rendered = chosen.value.rendered
        return ResolvedParameter(name: parameter.name, type: parameter.type, value: chosen.value,
                                 raw: chosen.raw == rendered ? nil : chosen.raw,
                                 source: chosen.source, overridden: overridden, isSecret: parameter.isSecret, rendered: rendered)
    }
}
