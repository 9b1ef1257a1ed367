/// `preprocess.py [--data PATH] [--model NAME]`: standardizes the features (mean 0, sd 1)
/// using the training rows.
struct PreprocessScript: SimulatedScript {
    var contract: ScriptContract { .preprocess }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        let model = arguments.modelName
        let dataset = workspace.dataset(for: model, path: arguments.string("--data"))
        let scaled = dataset.standardized()
        workspace.datasets[model] = scaled
        let validation = scaled.rowCount - scaled.trainCount
        return ScriptOutcome(
            effect: "standardized \(scaled.featureCount) features of \(scaled.name); \(scaled.trainCount) train / \(validation) validation rows",
            outputs: [StepOutput("train_rows", String(scaled.trainCount)), StepOutput("validation_rows", String(validation))])
    }
}
