// MARK: - Azure Pipelines: parameters, variables, stages/jobs/steps with script/bash

extension EngineFileReader {
    private static let fileKeys = ["name", "trigger", "pr", "schedules", "parameters", "variables", "pool", "stages", "jobs", "steps", "appendCommitMessageToRunName", "lockBehavior"]
    private static let parameterKeys = ["name", "displayName", "type", "default", "values"]
    private static let stageKeys = ["stage", "displayName", "dependsOn", "condition", "jobs", "variables", "pool", "lockBehavior"]
    private static let jobKeys = ["job", "displayName", "dependsOn", "condition", "pool", "container", "steps", "variables", "timeoutInMinutes",
                                  "cancelTimeoutInMinutes", "workspace", "continueOnError"]
    private static let stepKeys = ["script", "bash", "displayName", "name", "env", "condition", "workingDirectory", "continueOnError",
                                   "timeoutInMinutes", "failOnStderr", "enabled", "retryCountOnTaskFailure"]

    mutating func readAzurePipelines(_ root: YAMLNode, origin: PipelineOrigin) -> PipelineDefinition? {
        guard let top = root.entries else { return nil }
        checkKeys(top, supported: Self.fileKeys, context: "an Azure Pipelines file",
                  nearest: ["extends": "'stages:', 'jobs:' or 'steps:' written in this file", "resources": "'container:' on a job"])
        readParameters(root["parameters"])
        readVariables(root["variables"])
        if trigger != .dispatch {
            warn("Azure applies parameter defaults on every trigger; the \(trigger.rawValue) trigger changes no value here", at: nil)
        }
        var tasks: [String] = []
        if let stages = root["stages"]?.items {
            var previous: [String] = []
            var exits: [String: [String]] = [:]
            for stage in stages {
                guard let name = stage["stage"]?.scalar?.text, let entries = stage.entries else {
                    unsupported("this stage", at: stage.location, nearest: "'- stage: NAME' with 'jobs:'")
                    continue
                }
                checkKeys(entries, supported: Self.stageKeys, context: "stage '\(name)'")
                let needs = stage["dependsOn"].map { stringList($0).flatMap { exits[$0] ?? [] } } ?? previous
                let made = readJobs(stage["jobs"], needs: needs, condition: readCondition(stage["condition"]), tasks: &tasks)
                exits[name] = made.isEmpty ? needs : made
                previous = exits[name] ?? []
            }
        } else if root["jobs"] != nil {
            _ = readJobs(root["jobs"], needs: [], condition: nil, tasks: &tasks)
        } else if let steps = root["steps"] {
            _ = readSteps(steps, job: "job", needs: [], condition: nil, tasks: &tasks)
        }
        if !tasks.isEmpty {
            warn("\(tasks.count) step\(tasks.count == 1 ? "" : "s") (\(tasks.joined(separator: ", "))) run\(tasks.count == 1 ? "s" : "") a task, not a command: not simulated, not in the table", at: nil)
        }
        return finish(root: root, origin: origin)
    }

    private mutating func readParameters(_ node: YAMLNode?) {
        for item in node?.items ?? [] {
            guard let entries = item.entries, let nameNode = item["name"]?.scalar else {
                error("expected a parameter ('- name: learning_rate' with 'type: number')", at: item.location)
                continue
            }
            checkKeys(entries, supported: Self.parameterKeys, context: "parameter '\(nameNode.text)'")
            let typeText = item["type"]?.scalar?.text ?? "string"
            let defaultNode = item["default"]
            var type: ParameterType
            switch typeText {
            case "string": type = .string
            case "boolean": type = .bool
            case "number":
                let samples = ([defaultNode] + (item["values"]?.items ?? []).map { Optional($0) }).compactMap { $0?.scalar?.text }
                type = !samples.isEmpty && samples.allSatisfy({ !$0.contains(".") && !$0.lowercased().contains("e") }) ? .int : .float
            case "object": type = defaultNode?.entries != nil ? .map : .list
            case "stringList": type = .list
            default:
                unsupported("the parameter type '\(typeText)'", at: item["type"]?.location ?? item.location, nearest: "string, number, boolean, object or stringList")
                continue
            }
            var defaultValue: Parameter.Default?
            if let defaultNode, defaultNode.scalar?.isNull != true {
                do {
                    let value = try ValueParser.parse(defaultNode, as: type)
                    defaultValue = .value(value, raw: defaultNode.scalar?.text ?? value.rendered)
                } catch {
                    self.error("the default of parameter '\(nameNode.text)' is not \(type.article) \(type.rawValue): \(error.reason)", at: defaultNode.location)
                }
            }
            var allowed: [ParameterValue]?
            if let values = item["values"]?.items {
                allowed = values.compactMap { try? ValueParser.parse($0, as: typeText == "stringList" ? .string : type) }
                if typeText == "stringList" {
                    warn("stringList '\(nameNode.text)': its values: are the strings a list may hold; pipeline checks the list's type only", at: item["values"]?.location)
                    allowed = nil
                }
            }
            parameters.append(Parameter(name: nameNode.text, type: type, defaultValue: defaultValue, description: item["displayName"]?.scalar?.text,
                                        isRequired: defaultValue == nil, allowedValues: allowed, location: nameNode.location))
        }
    }

    private mutating func readVariables(_ node: YAMLNode?) {
        guard let node else { return }
        if let entries = node.entries {
            for entry in entries { variables[entry.key.text] = entry.value.scalar?.text ?? "" }
            return
        }
        for item in node.items ?? [] {
            if item["group"] != nil {
                hasVariableGroup = true
            } else if let name = item["name"]?.scalar?.text {
                let value = item["value"]?.scalar?.text ?? ""
                if value.hasPrefix("$[") {
                    warn("the variable \(name) is a runtime expression $[ … ]: it is evaluated while the job runs and yields text ('True', 'False'), never a boolean",
                         at: item["value"]?.location)
                }
                variables[name] = value
            } else {
                unsupported("this variable", at: item.location, nearest: "'- name: NAME' with 'value:', or '- group: NAME'")
            }
        }
    }

    /// Reads jobs; returns the names of their last steps (what a later stage waits for).
    private mutating func readJobs(_ node: YAMLNode?, needs: [String], condition: Condition?, tasks: inout [String]) -> [String] {
        var exits: [String: [String]] = [:]
        var all: [String] = []
        for item in node?.items ?? [] {
            if let only = item.entries, only.count == 1, let key = only.first?.key, key.text.hasPrefix("${{") {
                let inserted = combine(condition, insertionCondition(key))
                all += readJobs(only.first?.value, needs: needs, condition: inserted, tasks: &tasks)
                continue
            }
            guard let name = item["job"]?.scalar?.text, let entries = item.entries else {
                let key = item.entries?.first?.key
                unsupported("'\(key?.text ?? "this item"):' in a jobs: list", at: key?.location ?? item.location, nearest: "'- job: NAME' with 'steps:'")
                continue
            }
            checkKeys(entries, supported: Self.jobKeys, context: "job '\(name)'", nearest: ["strategy": "one job per value, or a sweep of the pipeline"])
            let dependsOn = item["dependsOn"].map(stringList)
            let first = dependsOn.map { $0.flatMap { exits[$0] ?? [] } } ?? needs
            if name == ExportPlan.checkJobName, item["steps"]?.items?.first?["script"]?.scalar?.text.hasPrefix("python - <<") == true {
                warn("job '\(name)' checks the parameter values in Python; pipeline checks them itself before any step runs, so it is not a row of the table",
                     at: entries.first?.key.location)
                exits[name] = first
                continue
            }
            let jobCondition = combine(condition, readCondition(item["condition"]))
            let made = readSteps(item["steps"], job: name, needs: first, condition: jobCondition, tasks: &tasks)
            exits[name] = jobExit(made, condition: jobCondition).map { [$0] } ?? first
            all += exits[name] ?? []
        }
        return all
    }

    /// How many script:/bash: steps a steps: list holds, inserted ones included.
    private static func commandCount(_ node: YAMLNode?) -> Int {
        (node?.items ?? []).reduce(0) { count, item in
            if let only = item.entries, only.count == 1, let entry = only.first, entry.key.text.hasPrefix("${{") {
                return count + commandCount(entry.value)
            }
            return count + (item["script"] != nil || item["bash"] != nil ? 1 : 0)
        }
    }

    /// Reads a steps: list (and `${{ if }}` insertions in it); returns the step names made.
    private mutating func readSteps(_ node: YAMLNode?, job: String, needs: [String], condition: Condition?, tasks: inout [String],
                                    commandsInJob: Int? = nil, madeBefore: Int = 0) -> [String] {
        var made: [String] = []
        let items = node?.items ?? []
        let commands = commandsInJob ?? Self.commandCount(node)
        for item in items {
            guard let entries = item.entries else {
                error("expected a step ('- script: python train.py')", at: item.location)
                continue
            }
            if entries.count == 1, let entry = entries.first, entry.key.text.hasPrefix("${{") {
                let inserted = combine(condition, insertionCondition(entry.key))
                made += readSteps(entry.value, job: job, needs: made.isEmpty ? needs : [made[made.count - 1]], condition: inserted, tasks: &tasks,
                                  commandsInJob: commands, madeBefore: madeBefore + made.count)
                continue
            }
            if let task = item["task"]?.scalar?.text ?? item["checkout"]?.scalar.map({ "checkout: \($0.text)" }) {
                tasks.append(task)
                continue
            }
            if let shell = entries.first(where: { ["pwsh", "powershell"].contains($0.key.text) }) {
                warn("a '\(shell.key.text):' step runs PowerShell, not a command pipeline reads: not simulated, not in the table", at: shell.key.location)
                continue
            }
            guard let command = item["script"] ?? item["bash"] else {
                unsupported("'\(entries.first?.key.text ?? ""):' as a step", at: entries.first?.key.location ?? item.location, nearest: "'- script:' or '- bash:'")
                continue
            }
            checkKeys(entries, supported: Self.stepKeys, context: "a step of job '\(job)'")
            let stepCondition = combine(condition, readCondition(item["condition"]))
            var environment = readEnvironment(item["env"])
            let secrets = secretVariables(item["env"])
            for secret in secrets { environment[secret.variable] = "${{ parameters.\(secret.parameter) }}" }
            let base = commands == 1 ? job : (item["name"]?.scalar?.text ?? "\(job)-\(madeBefore + made.count + 1)")
            let names = addCommands(command, baseName: Self.stepName(base), numbered: false, condition: stepCondition,
                                    firstNeeds: made.isEmpty ? needs : nil, substitutions: Substitutions(environment: environment), secretEnvironment: secrets)
            made += names
        }
        return made
    }
}
