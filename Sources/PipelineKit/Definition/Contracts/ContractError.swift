/// A step whose arguments break its script's contract, or a parameter nothing uses: found when
/// the pipeline loads, before anything runs.
typealias ContractError = LocatedError<ContractProblem>

/// What can break a script's contract.
enum ContractProblem: ProblemKind {
    /// `run:` names no simulated script, and the step does not say it is not simulated.
    case unknownScript(step: String, script: String, suggestion: String?)
    /// `simulated: false` on a script the simulator does model.
    case simulatedScriptMarkedNotSimulated(step: String, script: String)
    /// An option the script does not take (`--learning-rate` for `--lr`).
    case unknownOption(script: String, option: String, suggestion: String?, known: [String])
    /// The same option twice: the script would use only the last.
    case repeatedOption(script: String, option: String)
    /// An option written without its value.
    case missingValue(script: String, option: ScriptOption)
    /// A value written in the file that the option does not take (`--epochs 0.5`).
    case invalidValue(script: String, option: ScriptOption, value: String, reason: String, suggestion: String?)
    /// A parameter whose type the option does not take (`--epochs ${{ parameters.rate }}` with a float).
    case parameterType(parameter: String, reason: String, script: String, option: ScriptOption)
    /// A number or choice option whose value is text written around a placeholder.
    case textAroundPlaceholder(script: String, option: ScriptOption)
    /// A bare argument the script does not read.
    case unexpectedArgument(script: String, argument: String, options: [String])
    /// A declared parameter that no step's args or condition uses (a warning).
    case unusedParameter(name: String)

    /// An unused parameter is a warning; everything else stops the load.
    var severity: Diagnostic.Severity {
        if case .unusedParameter = self { return .warning }
        return .error
    }

    /// What is wrong and how to fix it.
    var explanation: Explanation {
        switch self {
        case .unknownScript(let step, let script, let suggestion):
            let names = ScriptContract.all.filter { !$0.isForBenchmarks }.map(\.name).joined(separator: ", ")
            return Explanation("step '\(step)' runs '\(script)', which is not a simulated script",
                               fix: "\(NameSuggester.hint(suggesting: suggestion, then: "simulated scripts: \(names)")) (\(UserAction.listScripts)); a step that runs something the simulator does not model says 'simulated: false'")
        case .simulatedScriptMarkedNotSimulated(let step, let script):
            return Explanation("step '\(step)' says 'simulated: false', but \(script) is a simulated script",
                               fix: "remove 'simulated: false' to run the simulated script, or name the script the step really runs")
        case .unknownOption(let script, let option, let suggestion, let known):
            let takes = known.isEmpty ? "\(script) takes no options" : "\(script) takes " + known.joined(separator: ", ")
            return Explanation("\(script) has no option \(option)",
                               fix: "\(NameSuggester.hint(suggesting: suggestion, then: takes)) (\(UserAction.listScripts))")
        case .repeatedOption(let script, let option):
            return Explanation("\(option) is given to \(script) twice; the script would use only the last",
                               fix: "keep one of them")
        case .missingValue(let script, let option):
            return Explanation("\(script)'s \(option.name) has no value",
                               fix: "write it as \(option.name) \(option.placeholder): \(option.kind.description)")
        case .invalidValue(let script, let option, let value, let reason, let suggestion):
            return Explanation("\(script)'s \(option.name) takes \(option.kind.description), but '\(EchoedText.cut(value))' \(reason)",
                               fix: Hint(suggestion.map { "did you mean '\($0)'?" } ?? "write a value it takes, or a placeholder ${{ parameters.NAME }}"))
        case .parameterType(let parameter, let reason, let script, let option):
            let type = option.kind.suggestedType.map { " (type: \($0))" } ?? ""
            return Explanation("parameter '\(parameter)' \(reason), but \(script)'s \(option.name) takes \(option.kind.description)",
                               fix: "declare '\(parameter)' with a type that holds \(option.kind.description)\(type), or pass it to another option")
        case .textAroundPlaceholder(let script, let option):
            return Explanation("\(script)'s \(option.name) takes \(option.kind.description), but its value is text written around a placeholder",
                               fix: "write the placeholder alone as the value: \(option.name) ${{ parameters.NAME }}")
        case .unexpectedArgument(let script, let argument, let options):
            return Explanation("\(script) takes no bare argument '\(EchoedText.cut(argument))'",
                               fix: Hint(options.isEmpty ? "remove it" : "write it as an option: " + options.joined(separator: ", ")))
        case .unusedParameter(let name):
            return Explanation("parameter '\(name)' is declared, but no step's args or when: uses it",
                               fix: "pass it to the step that should use it (args: --OPTION ${{ parameters.\(name) }}), or remove it")
        }
    }
}

extension OptionKind {
    /// The parameter type to declare for this kind of option.
    var suggestedType: String? {
        switch self {
        case .number: return "float"
        case .wholeNumber: return "int"
        case .path: return "path"
        case .name, .text: return "string"
        case .choice: return "string, with values:"
        case .version: return nil
        }
    }
}
