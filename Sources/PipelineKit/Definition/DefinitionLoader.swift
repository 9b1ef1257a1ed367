import Foundation

/// Loads a pipeline definition from YAML or JSON text and checks it completely before
/// anything runs: every problem in the file is reported together.
struct DefinitionLoader {
    /// The largest number of steps a definition may declare.
    static let maximumSteps = 10_000
    /// The longest parameter or step name, in bytes (UTF-8): names are typed and read.
    static let maximumNameLength = 100
    /// The largest number of parameters a definition may declare.
    static let maximumParameters = 1_000

    let file: String
    var problems: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Loads a definition from text.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name used in error locations (the path as the user typed it).
    ///   - origin: where it came from, recorded with runs (defaults to text made in memory, named `file`).
    /// - Throws: `DiagnosticError` with every problem found.
    static func load(text: String, file: String, origin: PipelineOrigin? = nil) throws(DiagnosticError) -> PipelineDefinition {
        try loadWithWarnings(text: text, file: file, origin: origin).definition
    }

    /// Loads a definition from text, with the warnings of a file that loads (a parameter no
    /// step uses). A file with errors gets no warnings: its unread steps would make them wrong.
    ///
    /// - Throws: `DiagnosticError` with every problem found.
    static func loadWithWarnings(text: String, file: String, origin: PipelineOrigin? = nil)
        throws(DiagnosticError) -> (definition: PipelineDefinition, warnings: [Diagnostic]) {
        try loadWithWarnings(root: try DocumentReader.parse(text, file: file), text: text, file: file, origin: origin)
    }

    /// The same from a document already read from `text` (a caller that looked at it first
    /// need not read it twice).
    static func loadWithWarnings(root: YAMLNode?, text: String, file: String, origin: PipelineOrigin?)
        throws(DiagnosticError) -> (definition: PipelineDefinition, warnings: [Diagnostic]) {
        var loader = DefinitionLoader(file: file)
        guard let root else { throw DiagnosticError(DefinitionError.emptyDocument(file: file).diagnostic) }
        let definition = loader.decodeDocument(root, origin: origin ?? .generated(name: file), text: text)
        guard loader.problems.isEmpty, let definition else { throw DiagnosticError(loader.problems) }
        return (definition, definition.unusedParameterWarnings())
    }

    // MARK: - Document

    private static let documentKeys = ["pipeline"]
    private static let pipelineKeys = ["name", "description", "parameters", "steps", "environments"]

    mutating func decodeDocument(_ root: YAMLNode, origin: PipelineOrigin, text: String) -> PipelineDefinition? {
        guard let top = root.entries else {
            report(.expected(what: "a mapping with a 'pipeline:' key", found: root.kindDescription, at: root.location))
            return nil
        }
        // `pipeline:` wraps the definition as in the seed; a file may also start with its keys directly.
        let body: YAMLNode
        var bodyLocation = root.location
        if let wrapped = root["pipeline"] {
            checkKeys(top, allowed: Self.documentKeys, context: "the top level")
            body = wrapped
            bodyLocation = top.first { $0.key.text == "pipeline" }?.key.location ?? root.location
        } else {
            body = root
        }
        guard let entries = body.entries else {
            report(.expected(what: "a mapping under 'pipeline:'", found: body.kindDescription, at: body.location))
            return nil
        }
        // Without the wrapper, a key close to `pipeline` is most likely the wrapper misspelled.
        checkKeys(entries, allowed: Self.pipelineKeys, context: "the pipeline",
                  alsoSuggesting: root["pipeline"] == nil ? Self.documentKeys : [])

        let parameters = decodeParameters(body["parameters"])
        let declared = parameters.map(\.name)
        guard let stepsNode = body["steps"] else {
            report(.missingKey(key: "steps", context: "the pipeline", example: "steps: [{train_model: {run: train.py}}]", at: bodyLocation))
            return nil
        }
        let steps = decodeSteps(stepsNode, declared: declared, parameters: parameters)
        checkDependencies(steps)
        let environments = decodeEnvironments(body["environments"], parameters: parameters)
        let fallbackName = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return PipelineDefinition(
            name: string(body["name"]) ?? fallbackName,
            description: string(body["description"]),
            parameters: parameters,
            steps: steps,
            environments: environments,
            origin: origin,
            contentHash: PipelineDefinition.hash(of: text)
        )
    }

    // MARK: - Helpers shared by the decoding extensions

    mutating func report(_ error: DefinitionError) {
        problems.append(error.diagnostic)
    }

    mutating func report(_ error: ContractError) {
        problems.append(error.diagnostic)
    }

    /// Reports every key of `entries` that is not in `allowed`, suggesting the closest one.
    mutating func checkKeys(_ entries: [YAMLEntry], allowed: [String], context: String, alsoSuggesting extra: [String] = []) {
        for entry in entries where !allowed.contains(entry.key.text) {
            report(.unknownKey(
                key: entry.key.text, context: context,
                suggestion: NameSuggester.closest(to: entry.key.text, in: allowed + extra),
                allowed: allowed, at: entry.key.location))
        }
    }

    /// A scalar's text, reporting anything else.
    mutating func string(_ node: YAMLNode?, what: String = "text") -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            report(.expected(what: what, found: node.kindDescription, at: node.location))
            return nil
        }
        return scalar.isNull ? nil : scalar.text
    }

    /// `true` or `false`, reporting anything else.
    mutating func bool(_ node: YAMLNode?, key: String) -> Bool? {
        guard let node else { return nil }
        guard let text = node.scalar?.text, text == "true" || text == "false" else {
            report(.expected(what: "true or false for '\(key)'", found: node.kindDescription, at: node.location))
            return nil
        }
        return text == "true"
    }

    /// Where the text of a scalar starts, past an opening quote.
    static func textStart(of scalar: YAMLScalar) -> SourceLocation {
        var location = scalar.location
        if scalar.style == .singleQuoted || scalar.style == .doubleQuoted { location.column += 1 }
        return location
    }

    static func isValidName(_ name: String) -> Bool {
        guard name.utf8.count <= maximumNameLength, let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
    }
}
