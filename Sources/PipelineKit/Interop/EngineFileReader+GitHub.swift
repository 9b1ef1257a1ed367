// MARK: - GitHub Actions: on.workflow_dispatch.inputs, jobs with needs/if, steps with run

extension EngineFileReader {
    private static let workflowKeys = ["name", "run-name", "on", "jobs", "env", "permissions", "concurrency", "defaults"]
    private static let inputKeys = ["description", "required", "default", "type", "options"]
    private static let jobKeys = ["name", "needs", "if", "runs-on", "container", "steps", "env", "permissions", "timeout-minutes",
                                  "environment", "concurrency", "defaults", "continue-on-error"]
    private static let stepKeys = ["name", "id", "run", "uses", "with", "env", "if", "shell", "working-directory", "continue-on-error", "timeout-minutes"]
    private static let knownTriggers = ["workflow_dispatch", "push", "pull_request", "schedule"]

    mutating func readGitHubActions(_ root: YAMLNode, origin: PipelineOrigin) -> PipelineDefinition? {
        guard let top = root.entries else { return nil }
        checkKeys(top, supported: Self.workflowKeys, context: "a workflow",
                  nearest: ["inputs": "'on: workflow_dispatch: inputs:'", "steps": "'jobs: NAME: steps:'"])
        let triggers = readTriggers(root["on"])
        if root["on"]?["workflow_dispatch"] != nil || triggers.contains("workflow_dispatch") {
            readInputs(root["on"]?["workflow_dispatch"]?["inputs"])
        }
        checkTrigger(triggers, at: top.first { $0.key.text == "on" }?.key.location)
        var environment = readEnvironment(root["env"])
        guard let jobs = root["jobs"]?.entries else {
            error("expected the jobs of the workflow ('jobs:' then 'train: {runs-on: ubuntu-latest, steps: [...]}')", at: root["jobs"]?.location ?? root.location)
            return nil
        }
        var exits: [String: [String]] = [:]
        var actions: [String] = []
        for (id, body) in orderedJobs(jobs) {
            guard let entries = body.entries else {
                error("expected the keys of job '\(id)' (runs-on, needs, if, steps)", at: body.location)
                continue
            }
            checkKeys(entries, supported: Self.jobKeys, context: "job '\(id)'",
                      nearest: ["strategy": "one job per value, or an exported sweep, which writes a matrix", "uses": "'steps:' with 'run:'",
                                "services": "'container:'", "outputs": "'env:' on the job"])
            let needNames = stringList(body["needs"])
            var firstNeeds = needNames.flatMap { exits[$0] ?? [] }
            if needNames.isEmpty { firstNeeds = [] }
            if id == ExportPlan.checkJobName, body["steps"]?.items?.allSatisfy({ $0["shell"]?.scalar?.text == "python" || $0["uses"] != nil }) == true {
                warn("job '\(id)' checks the parameter values in Python; pipeline checks them itself before any step runs, so it is not a row of the table",
                     at: entries.first?.key.location)
                exits[id] = firstNeeds
                continue
            }
            let condition = readCondition(body["if"])
            let jobEnvironment = environment.merging(readEnvironment(body["env"])) { $1 }
            var previous: [String] = firstNeeds
            var made: [String] = []
            let runSteps = body["steps"]?.items ?? []
            let commandCount = runSteps.filter { $0["run"] != nil }.count
            for (index, step) in runSteps.enumerated() {
                guard let stepEntries = step.entries else {
                    error("expected a step ('- run: python train.py')", at: step.location)
                    continue
                }
                checkKeys(stepEntries, supported: Self.stepKeys, context: "a step of job '\(id)'")
                if let uses = step["uses"]?.scalar?.text {
                    actions.append(uses)
                    continue
                }
                guard let run = step["run"] else {
                    error("this step has neither 'run:' nor 'uses:'", at: step.location, hint: "add 'run: python train.py --lr ${{ inputs.learning_rate }}'")
                    continue
                }
                if let shell = step["shell"]?.scalar, shell.text != "bash" && shell.text != "sh" {
                    warn("a step with 'shell: \(shell.text)' runs \(shell.text) code, not a command: not simulated, not a row of the table", at: shell.location)
                    continue
                }
                let stepCondition = combine(condition, readCondition(step["if"]))
                var stepEnvironment = jobEnvironment.merging(readEnvironment(step["env"])) { $1 }
                let secrets = secretVariables(step["env"])
                for secret in secrets { stepEnvironment[secret.variable] = "${{ parameters.\(secret.parameter) }}" }
                let position = runSteps[...index].filter { $0["run"] != nil }.count
                let base = commandCount == 1 ? id : (step["id"]?.scalar?.text ?? "\(id)-\(position)")
                let names = addCommands(run, baseName: Self.stepName(base), numbered: false, condition: stepCondition,
                                        firstNeeds: made.isEmpty ? previous : nil, substitutions: Substitutions(environment: stepEnvironment),
                                        secretEnvironment: secrets)
                made += names
                if let last = names.last { previous = [last] }
            }
            exits[id] = jobExit(made, condition: condition).map { [$0] } ?? firstNeeds
        }
        environment.removeAll()
        if !actions.isEmpty {
            let distinct = actions.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            warn("\(actions.count) 'uses:' step\(actions.count == 1 ? "" : "s") (\(distinct.joined(separator: ", "))) run\(actions.count == 1 ? "s" : "") an action, not a command: not simulated, not in the table",
                 at: nil)
        }
        return finish(root: root, origin: origin)
    }

    /// Jobs in an order where every job comes after the jobs it needs (file order otherwise).
    private mutating func orderedJobs(_ jobs: [YAMLEntry]) -> [(String, YAMLNode)] {
        let ids = jobs.map(\.key.text)
        var done: Set<String> = []
        var ordered: [(String, YAMLNode)] = []
        for entry in jobs {
            for need in stringList(entry.value["needs"]) where !ids.contains(need) {
                error("job '\(entry.key.text)' needs '\(need)', which is not a job of this workflow", at: entry.value["needs"]?.location ?? entry.key.location,
                      hint: NameSuggester.closest(to: need, in: ids).map { "did you mean '\($0)'?" } ?? "jobs: " + ids.joined(separator: ", "))
            }
        }
        while ordered.count < jobs.count {
            guard let next = jobs.first(where: { !done.contains($0.key.text) && stringList($0.value["needs"]).allSatisfy { done.contains($0) || !ids.contains($0) } }) else {
                let stuck = jobs.first { !done.contains($0.key.text) }
                error("the jobs' needs form a cycle", at: stuck?.key.location ?? SourceLocation(file: file, line: 1, column: 1))
                return ordered
            }
            done.insert(next.key.text)
            ordered.append((next.key.text, next.value))
        }
        return ordered
    }

    static func stepName(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." ? $0 : "_" })
    }

    func stringList(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        if let scalar = node.scalar { return scalar.isNull ? [] : [scalar.text] }
        return node.items?.compactMap { $0.scalar?.text } ?? []
    }

    private mutating func readTriggers(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        let events: [(String, SourceLocation)]
        if let scalar = node.scalar { events = [(scalar.text, scalar.location)] }
        else if let items = node.items { events = items.compactMap { $0.scalar.map { ($0.text, $0.location) } } }
        else { events = (node.entries ?? []).map { ($0.key.text, $0.key.location) } }
        for (event, location) in events where !Self.knownTriggers.contains(event) {
            warn("the trigger '\(event)' is not simulated: the workflow runs as started by hand (or by the push or schedule trigger, when one is chosen)", at: location)
        }
        return events.map(\.0)
    }

    private mutating func checkTrigger(_ triggers: [String], at location: SourceLocation?) {
        let event: String
        switch trigger {
        case .dispatch: event = "workflow_dispatch"
        case .push: event = "push"
        case .schedule: event = "schedule"
        }
        if !triggers.contains(event) {
            warn("this workflow has no '\(event)' trigger; the run shows what would happen if it had one", at: location)
        }
        guard trigger != .dispatch else { return }
        // Inputs exist only for workflow_dispatch: on a push or a schedule each is empty and no default applies.
        parameters = parameters.map { parameter in
            guard !parameter.isSecret, case .value = parameter.defaultValue ?? .value(.string(""), raw: "") else { return parameter }
            let empty: ParameterValue = parameter.type == .bool ? .bool(false) : .string("")
            var changed = Parameter(name: parameter.name, type: parameter.type == .bool ? .bool : .string,
                                    defaultValue: .value(empty, raw: ""), description: parameter.description, isRequired: false, location: parameter.location)
            changed.description = parameter.description
            let was: String
            if case .value(let value, _)? = parameter.defaultValue { was = "its default \(value.rendered) does not apply" } else { was = "it has no default" }
            warn("on a \(trigger.rawValue) run, inputs.\(parameter.name) is empty (\(was)): defaults apply only to manual runs (workflow_dispatch)"
                 + (parameter.type == .bool ? "; if: reads the empty value as false" : ""), at: parameter.location)
            return changed
        }
    }

    private mutating func readInputs(_ node: YAMLNode?) {
        guard let entries = node?.entries else { return }
        for entry in entries {
            let name = entry.key.text
            guard DefinitionLoader.isValidName(name) else {
                error("'\(name)' is not a name pipeline can use for a parameter (letters, digits, _ and -)", at: entry.key.location)
                continue
            }
            let body = entry.value
            checkKeys(body.entries ?? [], supported: Self.inputKeys, context: "input '\(name)'")
            let typeText = body["type"]?.scalar?.text ?? "string"
            let options = (body["options"]?.items ?? []).compactMap { $0.scalar?.text }
            let defaultNode = body["default"]
            var type: ParameterType
            switch typeText {
            case "string", "environment": type = .string
            case "boolean": type = .bool
            case "number": type = defaultNode?.scalar.map { ValueParser.isDecimal($0.text) && !$0.text.contains(".") } == true ? .int : .float
            case "choice": type = Self.choiceType(options)
            default:
                unsupported("the input type '\(typeText)'", at: body["type"]?.location ?? entry.key.location, nearest: "string, number, boolean, choice or environment")
                continue
            }
            if typeText == "choice" && options.isEmpty {
                error("a choice input needs 'options:'", at: entry.key.location, hint: "add 'options: [quick, full]'")
                continue
            }
            if type == .bool && typeText == "boolean" { type = .bool }
            var defaultValue: Parameter.Default?
            if let defaultNode, let scalar = defaultNode.scalar, !scalar.isNull {
                do {
                    defaultValue = .value(try ValueParser.parse(scalar.text, as: type), raw: scalar.text)
                } catch {
                    self.error("the default '\(scalar.text)' of input '\(name)' is not \(type.article) \(type.rawValue): \(error.reason)", at: scalar.location)
                }
            }
            let allowed = options.isEmpty ? nil : options.compactMap { try? ValueParser.parse($0, as: type) }
            let required = body["required"]?.scalar?.text == "true"
            parameters.append(Parameter(name: name, type: type, defaultValue: defaultValue, description: body["description"]?.scalar?.text,
                                        isRequired: required, allowedValues: allowed, location: entry.key.location))
        }
    }

    /// A choice is text in GitHub; options that are all whole numbers (or all numbers) are read
    /// as an int (or float) parameter, as the simulated script receives them.
    private static func choiceType(_ options: [String]) -> ParameterType {
        if !options.isEmpty, options.allSatisfy({ (try? ValueParser.parse($0, as: .int)) != nil }) { return .int }
        if !options.isEmpty, options.allSatisfy({ ValueParser.isDecimal($0) }) { return .float }
        return .string
    }
}
