import Foundation

/// `train.py --lr RATE [--epochs N] [--batch-size B] [--data PATH] [--model NAME] [--seed S]`:
/// real mini-batch gradient descent on a linear regression.
struct TrainScript: SimulatedScript {
    var contract: ScriptContract { .train }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        let model = arguments.modelName
        let rate = try arguments.double(.learningRate)
        let epochs = try arguments.int(.epochs)
        guard epochs <= 100_000 else { throw ScriptFailure("--epochs \(epochs) is over the simulator's limit of 100000") }
        let batchSize = try arguments.int(.batchSize)
        let seed = try arguments.int(.seed)
        let dataset = workspace.dataset(for: model, path: arguments.string("--data")).standardized()
        workspace.datasets[model] = dataset

        let training = LinearModel.train(on: dataset, learningRate: rate, epochs: epochs, batchSize: batchSize, seed: UInt64(seed))
        let settings = "learning rate \(ParameterValue.format(rate)), \(epochs) epoch\(epochs == 1 ? "" : "s"), batch \(batchSize)"
        if let epoch = training.divergedAtEpoch {
            workspace.models[model] = nil
            let reached = training.divergedLoss.map { $0.isFinite ? Self.format($0) : "not a number" } ?? "not a number"
            throw ScriptFailure(
                "training diverged at epoch \(epoch) with \(settings): the loss went from \(Self.format(training.startingLoss)) (untrained) to \(reached); try a smaller learning rate",
                kind: .diverged)
        }
        workspace.models[model] = training.model
        let first = training.losses.first ?? 0
        let last = training.losses.last ?? 0
        return ScriptOutcome(
            effect: "trained with \(settings): loss \(Self.format(first)) → \(Self.format(last)) in \(training.updates) updates",
            outputs: [StepOutput("final_loss", Self.format(last)), StepOutput("updates", String(training.updates))], randomSeed: seed)
    }

    static func format(_ loss: Double) -> String {
        String(format: loss >= 1000 ? "%.0f" : "%.4f", loss)
    }
}
