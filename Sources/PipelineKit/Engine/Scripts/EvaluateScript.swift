/// `evaluate.py [--model NAME] [--threshold LOSS]`: measures the trained model on the
/// validation rows; with a threshold, the model passes only below it.
struct EvaluateScript: SimulatedScript {
    var contract: ScriptContract { .evaluate }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        let name = arguments.modelName
        let shownName = arguments.shownModelName
        guard let model = workspace.models[name], let dataset = workspace.datasets[name] else {
            throw ScriptFailure("there is no trained model '\(shownName)' to evaluate (did training run, or diverge?)")
        }
        let loss = model.loss(on: dataset, rows: dataset.trainCount..<dataset.rowCount)
        let threshold = try arguments.double(.threshold, absent: .infinity)
        let passed = loss <= threshold
        workspace.validationLoss[name] = loss
        workspace.passedEvaluation[name] = passed
        var effect = "validation loss \(TrainScript.format(loss)) on \(dataset.rowCount - dataset.trainCount) rows"
        if threshold.isFinite { effect += passed ? ", within the threshold \(ParameterValue.format(threshold))" : ", above the threshold \(ParameterValue.format(threshold)): not good enough to ship" }
        return ScriptOutcome(effect: effect, outputs: [
            StepOutput("validation_loss", TrainScript.format(loss)), StepOutput("passed", passed ? "true" : "false"),
        ])
    }
}
