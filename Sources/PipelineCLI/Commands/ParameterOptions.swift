import Foundation
import PipelineKit

/// The options every command that starts runs shares: `--param`, the `--name value`
/// shorthand, `--params-file` and `--env`.
struct ParameterOptions: Equatable, Sendable {
    var assignments: [ParameterAssignment]
    var paramsFile: String?
    var environment: String?
    /// Shorthand names to check against the definition once it is loaded.
    var shorthandNames: [String]
    /// Malformed `--param` values (`epochs` with no value), reported together with the
    /// problems found once the pipeline is loaded.
    var problems: [ParameterError]

    /// `--param NAME=VALUE`, repeatable.
    static let param = OptionSpec("param", short: "p", .value("NAME=VALUE"), help: "Set a parameter for this run, e.g. --param learning_rate=0.01. Repeatable; the last value for a name wins.", repeatable: true)
    /// `--params-file FILE`.
    static let paramsFile = OptionSpec("params-file", .value("FILE"), help: "Read parameter values from a YAML or JSON file of name: value pairs.", completesFiles: true)
    /// `--env NAME`: an `environments:` set of the pipeline file.
    static let environmentSet = OptionSpec("env", .value("NAME"), help: "Use the values of an environments: set in the pipeline file (e.g. dev, prod).")
    /// The three, for commands that take them all.
    static let specs: [OptionSpec] = [param, paramsFile, environmentSet]

    /// Collects `--param` values and shorthands; malformed ones are kept in `problems`.
    init(parsing arguments: ParsedArguments) {
        var errors: [ParameterError] = []
        var assignments: [ParameterAssignment] = []
        for text in arguments.values(of: Self.param) {
            do { assignments.append(try ParameterAssignment.parse(text)) } catch { errors.append(error) }
        }
        for shorthand in arguments.shorthands {
            guard let value = shorthand.value else {
                errors.append(.missingValue(name: shorthand.name))
                continue
            }
            assignments.append(ParameterAssignment(name: shorthand.name, text: value))
        }
        problems = errors
        self.assignments = assignments
        paramsFile = arguments.value(of: Self.paramsFile)
        environment = arguments.value(of: Self.environmentSet)
        shorthandNames = arguments.shorthands.map(\.name)
    }

    /// Collects `--param` values and shorthands, refusing malformed ones at once: for the
    /// commands that need no pipeline to say what is wrong with them (replay, sweep, rerun).
    init(refusingMalformed arguments: ParsedArguments) throws(UsageError) {
        self.init(parsing: arguments)
        if !problems.isEmpty { throw .parameters(problems) }
    }

    /// A `--name` shorthand that names no parameter but looks like a built-in option is a
    /// mistyped option, not an unknown parameter.
    func checkShorthands(against definition: PipelineDefinition, spec: CommandSpec) throws(UsageError) {
        let declared = definition.parameters.map(\.name)
        let builtIns = spec.options.map(\.name)
        let mistyped: [UsageError] = shorthandNames.filter { !declared.contains($0) }.compactMap { name in
            guard let option = NameSuggester.closest(to: name, in: builtIns), NameSuggester.closest(to: name, in: declared) == nil else { return nil }
            return .unknownOption("--" + name, command: spec.name, suggestion: "--" + option)
        }
        try UsageError.throwAll(mistyped)
    }

    /// The problems of `problems` as diagnostics, noting a missing value's name that the
    /// pipeline does not declare either.
    func diagnostics(against definition: PipelineDefinition) -> [Diagnostic] {
        let declared = definition.parameters.map(\.name)
        var found: [Diagnostic] = []
        for problem in problems {
            found.append(Self.diagnostic(problem))
            if case .missingValue(let name) = problem, !declared.contains(name) {
                found.append(ParameterError.unknownParameter(name: name, suggestion: NameSuggester.closest(to: name, in: declared),
                                                             declared: declared, source: .commandLine).diagnostic())
            }
        }
        return found
    }

    /// A malformed `--param` in the command line's own words.
    private static func diagnostic(_ problem: ParameterError) -> Diagnostic {
        switch problem {
        case .missingValue(let name):
            let shown = EchoedText.cut(name)
            return Diagnostic(.error, "parameter '\(shown)' has no value: '--param \(shown)' needs '=VALUE'", hint: problem.hint)
        case .notAnAssignment(let text, _):
            return Diagnostic(.error, "'--param \(EchoedText.cut(text))' is not written as name=value", hint: problem.hint)
        default:
            return problem.diagnostic()
        }
    }

    /// The request for the resolver. The params file, if one was named, is read once (it may
    /// be a pipe, such as a shell's `<(…)`), and its text goes into `sources` for quoting in
    /// error messages, also when it fails to parse.
    func request(terminal: Terminal, sources: inout [String: String]) throws(DiagnosticError) -> ParameterRequest {
        var file: ParamsFile?
        if let paramsFile {
            let source: SourceText
            do {
                source = try SourceText.load(path: terminal.path(paramsFile), displayName: paramsFile)
            } catch {
                throw DiagnosticError(error.diagnostic)
            }
            sources[source.file] = source.text
            file = try ParamsFile.load(text: source.text, file: source.file)
        }
        return ParameterRequest(environmentName: environment, paramsFile: file, assignments: assignments,
                                processEnvironment: terminal.environment)
    }
}
