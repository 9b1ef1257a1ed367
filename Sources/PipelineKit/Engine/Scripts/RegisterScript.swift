/// `register.py [--model NAME]`: stores the evaluated model as a new version in the registry.
struct RegisterScript: SimulatedScript {
    var contract: ScriptContract { .register }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        let name = arguments.modelName
        let shownName = arguments.shownModelName
        guard let model = workspace.models[name] else {
            throw ScriptFailure("there is no trained model '\(shownName)' to register")
        }
        if workspace.passedEvaluation[name] == false {
            return ScriptOutcome(effect: "did not register '\(shownName)': it failed evaluation",
                                 outputs: [StepOutput("model_version", workspace.registry.latest(name).map { "v\($0.number)" } ?? "none")])
        }
        let loss = workspace.validationLoss[name] ?? .nan
        let version = workspace.registry.register(model: name, model, validationLoss: loss)
        return ScriptOutcome(effect: "registered '\(shownName)' as version \(version) in the model registry",
                             outputs: [StepOutput("model_version", "v\(version)")])
    }
}
