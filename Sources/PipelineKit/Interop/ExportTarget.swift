/// An engine `pipeline export` writes for.
public enum ExportTarget: String, CaseIterable, Equatable, Sendable {
    case githubActions = "github-actions"
    case azurePipelines = "azure-pipelines"
    case argo

    /// The engine's name as its documentation writes it.
    public var engineName: String {
        switch self {
        case .githubActions: return "GitHub Actions"
        case .azurePipelines: return "Azure Pipelines"
        case .argo: return "Argo Workflows"
        }
    }
}

/// What `pipeline export` is asked for besides the target: the container image and a sweep.
public struct ExportOptions: Equatable, Sendable {
    /// The image every step runs in.
    var image: String
    /// Parameters to fan out over, each with its values; empty for one run.
    var sweep: [SweepAxis]
    /// How many grid points may run at once (Argo `parallelism`, GitHub `max-parallel`).
    var maxParallel: Int

    public static let defaultImage = "python:3.12-slim"
    public static let defaultMaxParallel = 4

    public init(image: String = ExportOptions.defaultImage, sweep: [SweepAxis] = [], maxParallel: Int = ExportOptions.defaultMaxParallel) {
        self.image = image
        self.sweep = sweep
        self.maxParallel = maxParallel
    }
}

/// One swept parameter of an export: its name and the checked values, in the order given.
public struct SweepAxis: Equatable, Sendable {
    var name: String
    var values: [ParameterValue]

}

/// The text of an export and what it could not carry over.
public struct ExportedPipeline: Equatable, Sendable {
    var target: ExportTarget
    /// The YAML file, its "lost in translation" notes included as comments.
    public var text: String
    /// What the engine cannot express, one sentence each.
    public var lostInTranslation: [String]
}
