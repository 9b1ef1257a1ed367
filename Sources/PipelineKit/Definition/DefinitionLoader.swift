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
    /// Checks keys and reads values; an empty value (`name:`) counts as no value.
    var decoder = NodeDecoder(emptyTextIsAbsent: true, shapeHint: "see docs/pipeline-format.md for the shape of a pipeline file")

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
        guard let root else { throw DiagnosticError(DefinitionError(.emptyDocument, at: SourceLocation(file: file, line: 1, column: 1)).diagnostic) }
        let definition = loader.decodeDocument(root, origin: origin ?? .generated(name: file), text: text)
        guard loader.decoder.problems.isEmpty, let definition else { throw DiagnosticError(loader.decoder.problems) }
        return (definition, definition.unusedParameterWarnings())
    }

    // MARK: - Document

    private static let documentKeys = ["pipeline"]
    private static let pipelineKeys = ["name", "description", "parameters", "steps", "environments"]

    mutating func decodeDocument(_ root: YAMLNode, origin: PipelineOrigin, text: String) -> PipelineDefinition? {
        guard let top = decoder.mapping(root, what: "a mapping with a 'pipeline:' key") else { return nil }
        // `pipeline:` wraps the definition as in the seed; a file may also start with its keys directly.
        let body: YAMLNode
        var bodyLocation = root.location
        if let wrapped = root["pipeline"] {
            decoder.checkKeys(top, allowed: Self.documentKeys, context: "the top level")
            body = wrapped
            bodyLocation = top.first { $0.key.text == "pipeline" }?.key.location ?? root.location
        } else {
            body = root
        }
        guard let entries = decoder.mapping(body, what: "a mapping under 'pipeline:'") else { return nil }
        // Without the wrapper, a key close to `pipeline` is most likely the wrapper misspelled.
        decoder.checkKeys(entries, allowed: Self.pipelineKeys, context: "the pipeline",
                  alsoSuggesting: root["pipeline"] == nil ? Self.documentKeys : [])

        let parameters = decodeParameters(body["parameters"])
        let declared = parameters.map(\.name)
        guard let stepsNode = body["steps"] else {
            decoder.report(.missingKey(key: "steps", context: "the pipeline", example: "steps: [{train_model: {run: train.py}}]"), at: bodyLocation)
            return nil
        }
        let steps = decodeSteps(stepsNode, declared: declared, parameters: parameters)
        checkDependencies(steps)
        let environments = decodeEnvironments(body["environments"], parameters: parameters)
        let fallbackName = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return PipelineDefinition(
            name: decoder.text(body["name"], key: "name") ?? fallbackName,
            description: decoder.text(body["description"], key: "description"),
            parameters: parameters,
            steps: steps,
            environments: environments,
            origin: origin,
            contentHash: PipelineDefinition.hash(of: text)
        )
    }

    // MARK: - Helpers shared by the decoding extensions

    mutating func report(_ problem: DefinitionProblem, at location: SourceLocation) {
        decoder.report(DefinitionError(problem, at: location).diagnostic)
    }

    mutating func report(_ error: ContractError) {
        decoder.report(error.diagnostic)
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
