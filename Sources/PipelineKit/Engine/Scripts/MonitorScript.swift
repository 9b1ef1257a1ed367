/// `monitor.py [--model NAME]`: scores the served version on fresh data and compares it
/// with the newest registered version.
struct MonitorScript: SimulatedScript {
    var contract: ScriptContract { .monitor }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        let name = arguments.modelName
        let shownName = arguments.shownModelName
        guard let servedNumber = workspace.registry.served[name], let served = workspace.registry.version(servedNumber, of: name) else {
            throw ScriptFailure("nothing is serving '\(shownName)' yet, so there is nothing to monitor")
        }
        let base = workspace.datasets[name]?.name ?? "data/train.csv"
        let live = Dataset.generated(name: base, rows: 250).standardized()
        let model = LinearModel(weights: served.weights, bias: served.bias)
        let loss = model.loss(on: live, rows: live.trainCount..<live.rowCount)
        var effect = "served v\(servedNumber) scores loss \(TrainScript.format(loss)) on live traffic"
        var outputs = [StepOutput("live_loss", TrainScript.format(loss))]
        if let latest = workspace.registry.latest(name), latest.number > servedNumber {
            effect += "; alert: the registry holds v\(latest.number) but v\(servedNumber) is still served"
            outputs.append(StepOutput("alert", "stale deployment"))
        }
        return ScriptOutcome(effect: effect, outputs: outputs)
    }
}

extension LinearModel {
    init(weights: [Double], bias: Double) {
        self.init(featureCount: weights.count)
        self.weights = weights
        self.bias = bias
    }
}
