/// `evaluate.py [--model NAME] [--threshold LOSS]`: measures a model on the validation rows;
/// with a threshold, the model passes only at or below it. It evaluates the model trained in
/// this run; when no step trained one (training was skipped), the newest registered version,
/// and when none is registered, a baseline that predicts the training rows' mean. So one
/// pipeline serves evaluation-only runs as well as full ones.
struct EvaluateScript: SimulatedScript {
    var contract: ScriptContract { .evaluate }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        let name = arguments.modelName
        let shownName = arguments.shownModelName
        guard let loaded = workspace.datasets[name] else {
            throw ScriptFailure("there is no dataset for '\(shownName)' to evaluate on (did a step load or preprocess it?)")
        }
        let model: LinearModel
        let dataset: Dataset
        var which = ""
        if let trained = workspace.models[name] {
            model = trained
            dataset = loaded
        } else {
            // Registered versions and the baseline work on standardized features, as training does.
            dataset = loaded.standardized()
            if let version = workspace.registry.latest(name) {
                model = LinearModel(weights: version.weights, bias: version.bias)
                which = "no model was trained in this run: the registry's '\(shownName)' v\(version.number) scores "
            } else {
                model = LinearModel.baseline(on: dataset)
                which = "no model was trained in this run and none is registered: the baseline (the training rows' mean) scores "
            }
        }
        let loss = model.loss(on: dataset, rows: dataset.trainCount..<dataset.rowCount)
        let threshold = try arguments.double(.threshold, absent: .infinity)
        let passed = loss <= threshold
        workspace.validationLoss[name] = loss
        workspace.passedEvaluation[name] = passed
        var effect = which + "validation loss \(TrainScript.format(loss)) on \(dataset.rowCount - dataset.trainCount) rows"
        if threshold.isFinite { effect += passed ? ", within the threshold \(ParameterValue.format(threshold))" : ", above the threshold \(ParameterValue.format(threshold)): not good enough to ship" }
        return ScriptOutcome(effect: effect, outputs: [
            StepOutput("validation_loss", TrainScript.format(loss)), StepOutput("passed", passed ? "true" : "false"),
        ])
    }
}

extension LinearModel {
    /// The model that knows nothing but the training rows' mean target: what any trained model must beat.
    static func baseline(on dataset: Dataset) -> LinearModel {
        var model = LinearModel(featureCount: dataset.featureCount)
        let rows = dataset.targets.prefix(dataset.trainCount)
        model.bias = rows.isEmpty ? 0 : rows.reduce(0, +) / Double(rows.count)
        return model
    }
}
