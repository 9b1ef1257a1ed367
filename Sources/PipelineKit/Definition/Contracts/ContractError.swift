/// A step whose arguments break its script's contract, or a parameter nothing uses: found when
/// the pipeline loads, before anything runs.
enum ContractError: Error, Equatable, Sendable {
    /// `run:` names no simulated script, and the step does not say it is not simulated.
    case unknownScript(step: String, script: String, suggestion: String?, at: SourceLocation)
    /// `simulated: false` on a script the simulator does model.
    case simulatedScriptMarkedNotSimulated(step: String, script: String, at: SourceLocation)
    /// An option the script does not take (`--learning-rate` for `--lr`).
    case unknownOption(script: String, option: String, suggestion: String?, known: [String], at: SourceLocation)
    /// The same option twice: the script would use only the last.
    case repeatedOption(script: String, option: String, at: SourceLocation)
    /// An option written without its value.
    case missingValue(script: String, option: ScriptOption, at: SourceLocation)
    /// A value written in the file that the option does not take (`--epochs 0.5`).
    case invalidValue(script: String, option: ScriptOption, value: String, reason: String, suggestion: String?, at: SourceLocation)
    /// A parameter whose type the option does not take (`--epochs ${{ parameters.rate }}` with a float).
    case parameterType(parameter: String, reason: String, script: String, option: ScriptOption, at: SourceLocation)
    /// A number or choice option whose value is text written around a placeholder.
    case textAroundPlaceholder(script: String, option: ScriptOption, at: SourceLocation)
    /// A bare argument the script does not read.
    case unexpectedArgument(script: String, argument: String, options: [String], at: SourceLocation)
    /// A declared parameter that no step's args or condition uses (a warning).
    case unusedParameter(name: String, at: SourceLocation)

    var location: SourceLocation {
        switch self {
        case .unknownScript(_, _, _, let at), .simulatedScriptMarkedNotSimulated(_, _, let at), .unknownOption(_, _, _, _, let at),
             .repeatedOption(_, _, let at), .missingValue(_, _, let at), .invalidValue(_, _, _, _, _, let at),
             .parameterType(_, _, _, _, let at), .textAroundPlaceholder(_, _, let at), .unexpectedArgument(_, _, _, let at),
             .unusedParameter(_, let at):
            return at
        }
    }

    /// An unused parameter is a warning; everything else stops the load.
    var severity: Diagnostic.Severity {
        if case .unusedParameter = self { return .warning }
        return .error
    }

    var diagnostic: Diagnostic { Diagnostic(severity, at: location, message, hint: hint) }

    var message: String {
        switch self {
        case .unknownScript(let step, let script, _, _):
            return "step '\(step)' runs '\(script)', which is not a simulated script"
        case .simulatedScriptMarkedNotSimulated(let step, let script, _):
            return "step '\(step)' says 'simulated: false', but \(script) is a simulated script"
        case .unknownOption(let script, let option, _, _, _):
            return "\(script) has no option \(option)"
        case .repeatedOption(let script, let option, _):
            return "\(option) is given to \(script) twice; the script would use only the last"
        case .missingValue(let script, let option, _):
            return "\(script)'s \(option.name) has no value"
        case .invalidValue(let script, let option, let value, let reason, _, _):
            return "\(script)'s \(option.name) takes \(option.kind.description), but '\(EchoedText.cut(value))' \(reason)"
        case .parameterType(let parameter, let reason, let script, let option, _):
            return "parameter '\(parameter)' \(reason), but \(script)'s \(option.name) takes \(option.kind.description)"
        case .textAroundPlaceholder(let script, let option, _):
            return "\(script)'s \(option.name) takes \(option.kind.description), but its value is text written around a placeholder"
        case .unexpectedArgument(let script, let argument, _, _):
            return "\(script) takes no bare argument '\(EchoedText.cut(argument))'"
        case .unusedParameter(let name, _):
            return "parameter '\(name)' is declared, but no step's args or when: uses it"
        }
    }

    var hint: Hint? {
        switch self {
        case .unknownScript(_, _, let suggestion, _):
            let names = ScriptContract.all.filter { !$0.isForBenchmarks }.map(\.name).joined(separator: ", ")
            let lead = suggestion.map { "did you mean \($0)? " } ?? ""
            return "\(lead)simulated scripts: \(names) (\(UserAction.listScripts)); a step that runs something the simulator does not model says 'simulated: false'"
        case .simulatedScriptMarkedNotSimulated:
            return "remove 'simulated: false' to run the simulated script, or name the script the step really runs"
        case .unknownOption(let script, _, let suggestion, let known, _):
            let takes = known.isEmpty ? "\(script) takes no options" : "\(script) takes " + known.joined(separator: ", ")
            let lead = suggestion.map { "did you mean \($0)? " } ?? ""
            return "\(lead)\(takes) (\(UserAction.listScripts))"
        case .repeatedOption:
            return "keep one of them"
        case .missingValue(_, let option, _):
            return "write it as \(option.name) \(option.placeholder): \(option.kind.description)"
        case .invalidValue(_, _, _, _, let suggestion, _):
            return Hint(suggestion.map { "did you mean '\($0)'?" } ?? "write a value it takes, or a placeholder ${{ parameters.NAME }}")
        case .parameterType(let parameter, _, _, let option, _):
            return "declare '\(parameter)' with a type that holds \(option.kind.description)\(option.kind.suggestedType.map { " (type: \($0))" } ?? ""), or pass it to another option"
        case .textAroundPlaceholder(_, let option, _):
            return "write the placeholder alone as the value: \(option.name) ${{ parameters.NAME }}"
        case .unexpectedArgument(_, _, let options, _):
            return Hint(options.isEmpty ? "remove it" : "write it as an option: " + options.joined(separator: ", "))
        case .unusedParameter(let name, _):
            return "pass it to the step that should use it (args: --OPTION ${{ parameters.\(name) }}), or remove it"
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
