/// Reads a GitHub Actions workflow or an Azure Pipelines file into a `PipelineDefinition`:
/// each command line of a `run:`/`script:` becomes a step, engine expressions become
/// `${{ parameters.NAME }}`, and whatever lies outside the supported subset is an error at its
/// `file:line:column` naming the nearest supported construct.
struct EngineFileReader {
    let file: String
    let lines: [Substring]
    let format: EngineFormat
    let trigger: EngineTrigger
    var problems: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var parameters: [Parameter] = []
    var steps: [Step] = []
    /// Azure `variables:` with a literal value, as native text.
    var variables: [String: String] = [:]
    /// Azure `variables: - group: NAME`: `$(NAME)` of an undeclared variable is a secret from it.
    var hasVariableGroup = false

    init(file: String, text: String, format: EngineFormat, trigger: EngineTrigger) {
        self.file = file
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        self.format = format
        self.trigger = trigger
    }

    // MARK: - Reporting

    mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        problems.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    mutating func warn(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        warnings.append(Diagnostic(.warning, at: location, message, hint: hint))
    }

    /// `'X' is outside the part of ENGINE that pipeline reads`, naming the nearest supported construct.
    mutating func unsupported(_ construct: String, at location: SourceLocation, nearest: String) {
        error("\(construct) is outside the part of \(format == .githubActions ? "GitHub Actions" : "Azure Pipelines") that pipeline reads",
              at: location, hint: "the nearest supported construct is \(nearest); see docs/examples/ for a file that runs")
    }

    /// Reports keys that are neither supported nor accepted-without-effect.
    mutating func checkKeys(_ entries: [YAMLEntry], supported: [String], context: String, nearest: [String: String] = [:]) {
        for entry in entries where !supported.contains(entry.key.text) {
            let close = nearest[entry.key.text] ?? NameSuggester.closest(to: entry.key.text, in: supported).map { "'\($0):'" }
            unsupported("'\(entry.key.text):' in \(context)", at: entry.key.location,
                        nearest: close ?? "one of " + supported.map { "'\($0):'" }.joined(separator: ", "))
        }
    }

    // MARK: - Parameters

    /// A parameter resolved from an environment variable: a secret (`secrets.X`, a variable
    /// group's `$(X)`) or a configuration variable (`vars.X`). Named `x`; made once.
    mutating func environmentParameter(_ variable: String, secret: Bool, named: String? = nil, at location: SourceLocation) -> String {
        let name = (named ?? variable).lowercased()
        if parameters.contains(where: { $0.name == name }) { return name }
        let raw = "${{ env.\(variable) }}"
        let template = Template(segments: [.reference(.environment(variable), location)])
        parameters.append(Parameter(name: name, type: .string, defaultValue: .template(template, raw: raw),
                                    description: secret ? "\(variable) from the secret store, read here from the environment variable \(variable)"
                                                        : "the variable \(variable), read here from the environment variable \(variable)",
                                    isRequired: true, isSecret: secret, location: location))
        return name
    }

    // MARK: - Locations

    /// Where line `index` of a scalar's text starts in the file.
    func location(of scalar: YAMLScalar, line index: Int) -> SourceLocation {
        if scalar.style == .literal || scalar.style == .folded {
            let line = scalar.location.line + 1 + index
            let source = line - 1 < lines.count ? lines[line - 1] : ""
            return SourceLocation(file: file, line: line, column: source.prefix { $0 == " " }.count + 1)
        }
        return DefinitionLoader.textStart(of: scalar)
    }

    // MARK: - Commands

    /// The `env:` of the workflow, job and step in force for one step: each variable's native text.
    struct Substitutions {
        var environment: [String: String]
    }

    /// A construct the reader refuses, with the nearest supported one.
    struct ReaderProblem: Error {
        var construct: String
        var nearest: String
    }

    /// Turns each command line of a `run:`/`script:` into a step.
    mutating func addCommands(_ node: YAMLNode, baseName: String, numbered: Bool, condition: Condition?, firstNeeds: [String]?,
                              substitutions: Substitutions, secretEnvironment: [(variable: String, parameter: String)]) -> [String] {
        guard let scalar = node.scalar else {
            error("expected a command, found \(node.kindDescription)", at: node.location)
            return []
        }
        var commands: [(text: String, location: SourceLocation)] = []
        var pending = ""
        var pendingLocation: SourceLocation?
        for (index, line) in scalar.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if pendingLocation == nil && (trimmed.isEmpty || trimmed.hasPrefix("#")) { continue }
            if pendingLocation == nil { pendingLocation = location(of: scalar, line: index) }
            if trimmed.hasSuffix("\\") {
                pending += trimmed.dropLast() + " "
                continue
            }
            commands.append((pending + trimmed, pendingLocation ?? scalar.location))
            pending = ""
            pendingLocation = nil
        }
        var names: [String] = []
        for (index, command) in commands.enumerated() {
            guard let native = translate(command.text, at: command.location, substitutions) else { continue }
            var name = numbered || commands.count > 1 ? "\(baseName)-\(index + 1)" : baseName
            // Names stay unique: a later step never takes the name of an earlier one.
            var suffix = 2
            let stem = name
            while steps.contains(where: { $0.name == name }) {
                name = "\(stem)-\(suffix)"
                suffix += 1
            }
            guard let step = makeStep(name: name, command: native, at: command.location, condition: condition,
                                      needs: index == 0 ? firstNeeds : nil, secretEnvironment: secretEnvironment) else { continue }
            steps.append(step)
            names.append(name)
        }
        return names
    }

    /// A step for one command line already in native text: a simulated script, or a "not simulated" command.
    private mutating func makeStep(name: String, command: String, at location: SourceLocation, condition: Condition?, needs: [String]?,
                                   secretEnvironment: [(variable: String, parameter: String)]) -> Step? {
        var rest = Substring(command).drop { $0 == " " }
        func nextWord() -> String {
            let word = rest.prefix { $0 != " " }
            rest = rest.dropFirst(word.count).drop { $0 == " " }
            return String(word)
        }
        var run = nextWord()
        guard !run.isEmpty else { return nil }
        if ["python", "python3"].contains(run), rest.prefix(while: { $0 != " " }).hasSuffix(".py") { run = nextWord() }
        let script = String(run.split(separator: "/").last ?? Substring(run))
        if ScriptLibrary.standard.knows(script) { run = script }
        var argumentsText = String(rest)
        if ScriptLibrary.standard.knows(script) {
            for (variable, parameter) in secretEnvironment {
                let option = "--" + variable.lowercased().replacingOccurrences(of: "_", with: "-")
                guard ScriptContract.named(script)?.option(named: option) != nil, !argumentsText.contains(option) else { continue }
                argumentsText += (argumentsText.isEmpty ? "" : " ") + "\(option) ${{ parameters.\(parameter) }}"
                warn("\(run) receives \(variable) from env: as \(option), the convention an export writes (the secret stays off the command line there)",
                     at: location)
            }
        }
        let arguments: Template
        do {
            arguments = try Template.parse(argumentsText, at: location)
        } catch {
            problems.append(error.diagnostic)
            return nil
        }
        let step = Step(name: name, run: run, arguments: arguments, argumentsText: argumentsText, condition: condition, needs: needs, location: location)
        checkContract(step, at: location)
        return step
    }

    /// Checks a simulated script's arguments against its contract. The file is real and the
    /// simulation partial, so each problem is a warning: an option or argument the script does
    /// not model (the step runs without it), or a value of a kind it does not take (on a
    /// schedule, inputs are empty text). Each points at the command: the arguments' own
    /// columns are not those of the file.
    private mutating func checkContract(_ step: Step, at location: SourceLocation) {
        guard let contract = ScriptContract.named(step.run) else { return }
        let byName = Dictionary(parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for problem in ContractChecker.check(step, contract: contract, argumentsAt: location, parameters: byName) {
            switch problem.kind {
            case .unknownOption(let script, let option, _, _):
                warn("\(script): \(option) is not simulated; the step runs without it", at: location)
            case .unexpectedArgument(let script, let argument, _):
                warn("\(script): the bare argument '\(argument)' is not simulated; the step runs without it", at: location)
            default:
                warnings.append(Diagnostic(.warning, at: location, problem.message, hint: problem.hint))
            }
        }
    }

    /// The command with every engine expression replaced by native text; nil after reporting what is unsupported.
    mutating func translate(_ text: String, at location: SourceLocation, _ substitutions: Substitutions) -> String? {
        var result = ""
        var rest = Substring(text)
        var offset = 0
        var failed = false
        func advance(_ count: Int) {
            offset += rest.prefix(count).count
            rest = rest.dropFirst(count)
        }
        while let first = rest.first {
            let here = location.offset(by: offset)
            if rest.hasPrefix("${{"), let close = rest.range(of: "}}") {
                let inside = rest[rest.index(rest.startIndex, offsetBy: 3)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                switch expression(inside, environment: substitutions.environment, at: here) {
                case .success(let native): result += native
                case .failure(let problem): unsupported(problem.construct, at: here, nearest: problem.nearest); failed = true
                }
                advance(rest.distance(from: rest.startIndex, to: close.upperBound))
            } else if rest.hasPrefix("$["), format == .azurePipelines {
                unsupported("a runtime expression $[ … ] in a script (it is evaluated while the job runs, and yields text such as 'True')", at: here,
                            nearest: "${{ parameters.NAME }}")
                failed = true
                advance(rest.firstIndex(of: "]").map { rest.distance(from: rest.startIndex, to: $0) + 1 } ?? rest.count)
            } else if rest.hasPrefix("$("), format == .azurePipelines, let close = rest.firstIndex(of: ")") {
                let name = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
                switch macro(name, at: here) {
                case .success(let native): result += native
                case .failure(let problem): unsupported(problem.construct, at: here, nearest: problem.nearest); failed = true
                }
                advance(rest.distance(from: rest.startIndex, to: close) + 1)
            } else if first == "$", let (name, length) = Self.shellVariable(rest) {
                result += substitutions.environment[name] ?? "${{ env.\(name) }}"
                advance(length)
            } else {
                result.append(first)
                advance(1)
            }
        }
        return failed ? nil : result
    }

    /// `$NAME` or `${NAME}` at the start of `text`: the name and how many characters it takes.
    private static func shellVariable(_ text: Substring) -> (String, Int)? {
        var body = text.dropFirst()
        let braced = body.first == "{"
        if braced { body = body.dropFirst() }
        let name = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard let first = name.first, first.isLetter || first == "_" else { return nil }
        if braced && !body.dropFirst(name.count).hasPrefix("}") { return nil }
        return (String(name), 1 + name.count + (braced ? 2 : 0))
    }
}
