/// The kind of file `pipeline run|replay|show` reads: its own format, or another engine's.
public enum EngineFormat: String, CaseIterable, Equatable, Sendable {
    case native
    case githubActions = "github-actions"
    case azurePipelines = "azure-pipelines"

    /// The format's name in messages.
    var title: String {
        switch self {
        case .native: return "pipeline file"
        case .githubActions: return "GitHub Actions workflow"
        case .azurePipelines: return "Azure Pipelines file"
        }
    }

    /// Which format a document is: `on:` with `jobs:` is GitHub Actions; Azure's top-level keys
    /// (`trigger`, `pool`, `stages`, `jobs`, …) or `script:`/`bash:` steps are Azure Pipelines.
    static func detect(_ root: YAMLNode) -> EngineFormat {
        guard let entries = root.entries else { return .native }
        let keys = Set(entries.map(\.key.text))
        if keys.contains("pipeline") { return .native }
        if keys.contains("on") && keys.contains("jobs") { return .githubActions }
        if !keys.isDisjoint(with: ["trigger", "pr", "pool", "stages", "jobs", "variables", "schedules", "extends", "resources"]) { return .azurePipelines }
        let stepKeys = Set((root["steps"]?.items ?? []).flatMap { $0.entries?.map(\.key.text) ?? [] })
        if !stepKeys.isDisjoint(with: ["script", "bash", "task", "pwsh", "powershell", "checkout"]) { return .azurePipelines }
        return .native
    }
}

/// Reads a pipeline file of any supported format into a definition, and the warnings reading it raised.
public enum EngineFileLoader {
    /// What a file from another engine is run with: the definition and what the reader warns about.
    public struct Loaded: Sendable {
        public var definition: PipelineDefinition
        var format: EngineFormat
        public var warnings: [Diagnostic]
    }

    /// Loads `text`, detecting the format unless `format` is given.
    ///
    /// - Parameter trigger: for GitHub Actions, the event that starts the run: inputs (and their
    ///   defaults) exist only for `workflow_dispatch`.
    /// - Throws: `DiagnosticError` with every problem, each at its `file:line:column`.
    public static func load(text: String, file: String, origin: PipelineOrigin? = nil, format: EngineFormat? = nil,
                            trigger: EngineTrigger = .dispatch) throws(DiagnosticError) -> Loaded {
        func native(_ root: YAMLNode?) throws(DiagnosticError) -> Loaded {
            let loaded = try DefinitionLoader.loadWithWarnings(root: root, text: text, file: file, origin: origin)
            return Loaded(definition: loaded.definition, format: .native, warnings: loaded.warnings)
        }
        guard format != .native else { return try native(try DocumentReader.parse(text, file: file)) }
        let root = try DocumentReader.parse(text, file: file)
        let detected = format ?? root.map(EngineFormat.detect) ?? .native
        guard let root, detected != .native else { return try native(root) }
        var reader = EngineFileReader(file: file, text: text, format: detected, trigger: trigger)
        let definition: PipelineDefinition?
        switch detected {
        case .githubActions: definition = reader.readGitHubActions(root, origin: origin ?? .generated(name: file))
        case .azurePipelines: definition = reader.readAzurePipelines(root, origin: origin ?? .generated(name: file))
        case .native: definition = nil
        }
        guard let definition, reader.problems.isEmpty else { throw DiagnosticError(reader.problems) }
        return Loaded(definition: definition, format: detected, warnings: reader.warnings + definition.unusedParameterWarnings())
    }
}

/// The event that starts a run of a file from another engine (`--trigger`).
public enum EngineTrigger: String, CaseIterable, Equatable, Sendable {
    /// Started by hand (`workflow_dispatch`, a manual Azure run): inputs and their defaults apply.
    case dispatch
    /// A push to the repository.
    case push
    /// A scheduled run.
    case schedule
}
