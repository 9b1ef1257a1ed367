/// What the steps of one run hand to each other (datasets, trained models, evaluations),
/// plus the registry the runs of a session share.
public struct Workspace: Sendable {
    var datasets: [String: Dataset] = [:]
    var models: [String: LinearModel] = [:]
    var validationLoss: [String: Double] = [:]
    var passedEvaluation: [String: Bool] = [:]
    /// Outputs of earlier steps in this run, in order, for scripts that read them.
    var outputs: [StepOutput] = []
    public var registry: ModelRegistry

    public init(registry: ModelRegistry = ModelRegistry()) {
        self.registry = registry
    }

    /// The dataset a script works on: the one loaded for `model`, or one generated from `path`.
    mutating func dataset(for model: String, path: String?) -> Dataset {
        if let path { return Dataset.generated(name: path) }
        if let loaded = datasets[model] { return loaded }
        return Dataset.generated(name: "data/train.csv")
    }
}
