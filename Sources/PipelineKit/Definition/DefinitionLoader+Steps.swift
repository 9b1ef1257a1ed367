// MARK: - steps:

extension DefinitionLoader {
    private static let stepKeys = ["run", "args", "when", "needs", "description", "simulated"]

    mutating func decodeSteps(_ node: YAMLNode, declared: [String], parameters: [Parameter]) -> [Step] {
        guard let items = decoder.list(node, what: "a list of steps ('- train_model:' then 'run: train.py')") else { return [] }
        if items.isEmpty {
            decoder.report(.expected(what: "at least one step", found: "an empty list", hint: decoder.shapeHint), at: node.location)
        }
        if items.count > Self.maximumSteps {
            report(.tooMany(kind: "steps", count: items.count, limit: Self.maximumSteps), at: node.location)
            return []
        }
        var steps: [Step] = []
        var positions: [String: Int] = [:]
        let scope = DeclaredScope(names: declared, parameters: parameters)
        for item in items {
            guard let step = decodeStep(item, scope: scope) else { continue }
            if let first = positions[step.name] {
                report(.duplicateName(kind: "step", name: step.name, first: steps[first].location), at: step.location)
                continue
            }
            positions[step.name] = steps.count
            steps.append(step)
        }
        return steps
    }

    /// A step is written `- train_model: {run: …}` as in the seed, or `- name: train_model` with its keys beside.
    /// The declared parameters, looked up by name in O(1) while steps are read.
    struct DeclaredScope {
        let names: [String]
        let byName: [String: Parameter]

        init(names: [String], parameters: [Parameter]) {
            self.names = names
            byName = Dictionary(parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        }

        func contains(_ name: String) -> Bool { byName[name] != nil }
    }

    private mutating func decodeStep(_ node: YAMLNode, scope: DeclaredScope) -> Step? {
        guard let entries = decoder.mapping(node, what: "a step ('- train_model:' then 'run: train.py')") else { return nil }
        let name: String
        let nameLocation: SourceLocation
        let body: YAMLNode
        if entries.count == 1, let only = entries.first, only.key.text != "name", only.key.text != "run" {
            name = only.key.text
            nameLocation = only.key.location
            body = only.value.scalar?.isNull == true ? .mapping([], only.key.location) : only.value
        } else if let named = node["name"], let text = decoder.text(named, key: "name", what: "a step name") {
            name = text
            nameLocation = named.location
            body = .mapping(entries.filter { $0.key.text != "name" }, node.location)
        } else {
            decoder.report(.missingKey(key: "name", context: "this step", example: "- train_model: {run: train.py}"), at: node.location)
            return nil
        }
        guard Self.isValidName(name) else {
            report(.invalidName(kind: "step", name: name), at: nameLocation)
            return nil
        }
        guard let stepEntries = decoder.mapping(body, what: "the keys of step '\(name)' (run, args, when, needs)") else { return nil }
        decoder.checkKeys(stepEntries, allowed: Self.stepKeys, context: "step '\(name)'")
        guard let run = decoder.requiredText("run", in: body, context: "step '\(name)'", example: "run: train.py",
                                             at: nameLocation, what: "a script name") else { return nil }
        var argumentsText = ""
        var arguments = Template(segments: [])
        var argumentsStart = nameLocation
        var argumentsParsed = true
        if let argsNode = body["args"] {
            argumentsText = decoder.texts(argsNode, key: "args", what: "an args string or a list of arguments", allowsOne: true)
                .map(\.text).joined(separator: " ")
            let start = argsNode.scalar.map(Self.textStart(of:)) ?? argsNode.location
            argumentsStart = start
            do {
                arguments = try Template.parse(argumentsText, at: start)
            } catch {
                decoder.report(error.diagnostic)
                argumentsParsed = false
            }
        }
        var condition: Condition?
        if let whenNode = body["when"], let scalar = whenNode.scalar {
            do {
                let parsed = try Condition.parse(scalar.text, at: Self.textStart(of: scalar))
                let errors = parsed.typeErrors { scope.byName[$0] }
                decoder.report(errors.map(\.diagnostic))
                condition = errors.isEmpty ? parsed : nil
            } catch {
                decoder.report(error.diagnostic)
            }
        } else if let whenNode = body["when"] {
            decoder.expected("a condition such as ${{ parameters.train_model }}", found: whenNode)
        }
        let needs = body["needs"].map { decoder.texts($0, key: "needs", what: "a step name or a list of step names", item: "a step name", allowsOne: true).map(\.text) }
        checkReferences(step: name, arguments: arguments, condition: condition, scope: scope, at: body["args"]?.location ?? nameLocation, whenAt: body["when"]?.location)
        let step = Step(name: name, run: run, arguments: arguments, argumentsText: argumentsText, condition: condition,
                        needs: needs, description: decoder.text(body["description"], key: "description"), location: nameLocation)
        let runAt = body["run"]?.scalar.map(Self.textStart(of:)) ?? nameLocation
        checkContract(step, simulated: decoder.bool(body["simulated"], key: "simulated"), runAt: runAt,
                      argumentsAt: argumentsParsed ? argumentsStart : nil, scope: scope)
        return step
    }

    /// Reports a script the simulator does not model (unless the step says so) and arguments
    /// that break the script's contract.
    private mutating func checkContract(_ step: Step, simulated: Bool?, runAt: SourceLocation, argumentsAt: SourceLocation?, scope: DeclaredScope) {
        guard let contract = ScriptContract.named(step.run) else {
            if simulated != false {
                report(ContractError(.unknownScript(step: step.name, script: step.run, suggestion: ScriptContract.suggestion(for: step.run)), at: runAt))
            }
            return
        }
        guard simulated != false else {
            report(ContractError(.simulatedScriptMarkedNotSimulated(step: step.name, script: step.run), at: runAt))
            return
        }
        guard let argumentsAt else { return }
        for problem in ContractChecker.check(step, contract: contract, argumentsAt: argumentsAt, parameters: scope.byName) { report(problem) }
    }


    private mutating func checkReferences(step: String, arguments: Template, condition: Condition?, scope: DeclaredScope, at location: SourceLocation, whenAt: SourceLocation?) {
        let declared = scope.names
        for segment in arguments.segments {
            guard case .reference(.parameter(let name), let at) = segment, !scope.contains(name) else { continue }
            report(.undeclaredParameter(name: name, step: step, suggestion: NameSuggester.closest(to: name, in: declared), declared: declared), at: at)
        }
        for name in condition?.referencedParameters ?? [] where !scope.contains(name) {
            report(.undeclaredParameter(name: name, step: step, suggestion: NameSuggester.closest(to: name, in: declared), declared: declared), at: whenAt ?? location)
        }
    }

    /// Reports `needs:` naming no step, and cycles.
    mutating func checkDependencies(_ steps: [Step]) {
        let names = steps.map(\.name)
        let known = Set(names)
        for step in steps {
            for need in step.needs ?? [] where !known.contains(need) {
                report(.unknownNeed(step: step.name, need: need, suggestion: NameSuggester.closest(to: need, in: names)), at: step.location)
            }
        }
        if case .failure(let cycle) = StepOrder.order(steps) {
            // Start the cycle at the step written first, and point there.
            let position = steps.firstIndex { cycle.steps.contains($0.name) }
            let first = position.map { steps[$0].name }
            let start = first.flatMap { cycle.steps.firstIndex(of: $0) } ?? 0
            let rotated = Array(cycle.steps[start...] + cycle.steps[..<start])
            let at = position.map { steps[$0].location } ?? SourceLocation(file: file, line: 1, column: 1)
            report(.dependencyCycle(steps: rotated), at: at)
        }
    }
}
