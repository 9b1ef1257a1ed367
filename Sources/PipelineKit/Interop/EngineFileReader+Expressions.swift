// MARK: - Engine expressions in commands and env: values

extension EngineFileReader {
    /// Native text for the inside of a `${{ }}` in a command or an `env:` value.
    mutating func expression(_ inside: String, environment: [String: String], at location: SourceLocation) -> Result<String, ReaderProblem> {
        let isPath = inside.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
        let github = format == .githubActions
        let nearest = github ? "${{ inputs.NAME }}, ${{ secrets.NAME }}, ${{ vars.NAME }} or ${{ env.NAME }}" : "${{ parameters.NAME }} or $(NAME)"
        guard isPath else { return .failure(ReaderProblem(construct: "the expression '${{ \(inside) }}'", nearest: nearest)) }
        func parameter(_ name: String) -> Result<String, ReaderProblem> {
            guard parameters.contains(where: { $0.name == name }) else {
                let declared = parameters.filter { !$0.isSecret }.map(\.name)
                return .failure(ReaderProblem(construct: "'\(inside)' (no \(github ? "input" : "parameter") '\(name)' is declared)",
                                              nearest: NameSuggester.closest(to: name, in: declared).map { "'\(github ? "inputs" : "parameters").\($0)'" }
                                                  ?? "a declared \(github ? "input" : "parameter"): " + declared.joined(separator: ", ")))
            }
            return .success("${{ parameters.\(name) }}")
        }
        if github, let name = inside.dropPrefix("inputs.") { return parameter(name) }
        if github, let name = inside.dropPrefix("github.event.inputs.") {
            if let declared = parameters.first(where: { $0.name == name }), declared.type != .string {
                warn("github.event.inputs.\(name) is always text ('\(declared.type == .bool ? "false" : "0.01")', not \(declared.type.article) \(declared.type.rawValue)); inputs.\(name) keeps the type",
                     at: location, hint: "write ${{ inputs.\(name) }}")
            }
            return parameter(name)
        }
        if github, let name = inside.dropPrefix("secrets.") {
            warn("secrets.\(name) is written into a command line, where every process on the machine can read it", at: location,
                 hint: "pass it through env: (env: {\(name): ${{ secrets.\(name) }}}) and let the script read the variable")
            return .success("${{ parameters.\(environmentParameter(name, secret: true, at: location)) }}")
        }
        if github, let name = inside.dropPrefix("vars.") {
            return .success("${{ parameters.\(environmentParameter(name, secret: false, at: location)) }}")
        }
        if github, let name = inside.dropPrefix("env.") { return .success(environment[name] ?? "${{ env.\(name) }}") }
        if !github, let name = inside.dropPrefix("parameters.") {
            if parameters.first(where: { $0.name == name })?.type == .bool {
                warn("Azure writes the boolean parameters.\(name) into a script as True or False, with a capital letter; the simulated script receives true or false",
                     at: location)
            }
            return parameter(name)
        }
        if !github, let name = inside.dropPrefix("variables.") { return macro(name, at: location) }
        return .failure(ReaderProblem(construct: "'${{ \(inside) }}'", nearest: nearest))
    }

    /// Native text for an Azure `$(NAME)`: a variable of the file, or a secret of its variable group.
    mutating func macro(_ name: String, at location: SourceLocation) -> Result<String, ReaderProblem> {
        if let value = variables[name] { return .success(value) }
        if hasVariableGroup, !name.contains(".") {
            return .success("${{ parameters.\(environmentParameter(name, secret: true, at: location)) }}")
        }
        return .failure(ReaderProblem(construct: "the variable $(\(name))" + (name.contains(".") ? " (a predefined variable, known only on an agent)" : " (not defined in this file)"),
                                      nearest: "a variable under 'variables:' or ${{ parameters.NAME }}"))
    }

    /// `env:` entries as native text; a value may hold expressions.
    mutating func readEnvironment(_ node: YAMLNode?) -> [String: String] {
        var environment: [String: String] = [:]
        for entry in node?.entries ?? [] {
            guard let scalar = entry.value.scalar else {
                error("expected text for the variable '\(entry.key.text)', found \(entry.value.kindDescription)", at: entry.value.location)
                continue
            }
            // A secret handed over in env: is the safe form: no warning about command lines.
            let whole = scalar.text.trimmingCharacters(in: .whitespaces)
            var store: String?
            if format == .githubActions, whole.hasPrefix("${{"), whole.hasSuffix("}}") {
                store = whole.dropFirst(3).dropLast(2).trimmingCharacters(in: .whitespaces).dropPrefix("secrets.")
            } else if format == .azurePipelines, hasVariableGroup, whole.hasPrefix("$("), whole.hasSuffix(")") {
                let name = String(whole.dropFirst(2).dropLast())
                store = variables[name] == nil && !name.contains(".") ? name : nil
            }
            if let store {
                environment[entry.key.text] = "${{ parameters.\(environmentParameter(store, secret: true, named: entry.key.text, at: scalar.location)) }}"
                continue
            }
            if let native = translate(scalar.text, at: DefinitionLoader.textStart(of: scalar), Substitutions(environment: environment)) {
                environment[entry.key.text] = native
            }
        }
        return environment
    }

    /// The `env:` variables whose whole value is a secret: `API_KEY: ${{ secrets.DATA_API_KEY }}` or `$(DATA_API_KEY)`.
    mutating func secretVariables(_ node: YAMLNode?) -> [(variable: String, parameter: String)] {
        var secrets: [(variable: String, parameter: String)] = []
        for entry in node?.entries ?? [] {
            guard let text = entry.value.scalar?.text.trimmingCharacters(in: .whitespaces) else { continue }
            var store: String?
            if text.hasPrefix("${{"), text.hasSuffix("}}") {
                store = text.dropFirst(3).dropLast(2).trimmingCharacters(in: .whitespaces).dropPrefix("secrets.")
            } else if format == .azurePipelines, text.hasPrefix("$("), text.hasSuffix(")"), hasVariableGroup {
                let name = String(text.dropFirst(2).dropLast())
                store = variables[name] == nil && !name.contains(".") ? name : nil
            }
            if let store {
                secrets.append((entry.key.text, environmentParameter(store, secret: true, named: entry.key.text, at: entry.value.location)))
            }
        }
        return secrets
    }

    /// The step a later job waits for: the job's last step that runs whenever the job does (a
    /// step skipped by its own condition does not skip the job, nor the jobs after it).
    func jobExit(_ made: [String], condition: Condition?) -> String? {
        made.last { name in steps.first { $0.name == name }?.condition == condition } ?? made.first
    }

    /// `a and b`, either side optional.
    func combine(_ first: Condition?, _ second: Condition?) -> Condition? {
        guard let first else { return second }
        guard let second else { return first }
        return .and(first, second)
    }

    /// The definition made of what was read.
    mutating func finish(root: YAMLNode, origin: PipelineOrigin) -> PipelineDefinition? {
        if steps.isEmpty && problems.isEmpty {
            error("this \(format.title) has no command pipeline can run ('run:' / 'script:' steps)", at: root.location)
            return nil
        }
        let fallback = file.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? file
        return PipelineDefinition(name: root["name"]?.scalar?.text ?? fallback, description: nil, parameters: parameters, steps: steps,
                                  origin: origin, contentHash: PipelineDefinition.hash(of: lines.joined(separator: "\n")))
    }
}

extension String {
    /// The rest of the text after `prefix`, when it starts with it and the rest is not empty.
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) && count > prefix.count ? String(dropFirst(prefix.count)) : nil
    }
}
