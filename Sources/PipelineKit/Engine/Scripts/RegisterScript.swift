/// `register.py [--model NAME] [--alias NAME]`: stores the evaluated model as a new version in
/// the registry and moves the alias, if one is named, to it; a model that failed evaluation is
/// not registered and the alias stays where it was.
struct RegisterScript: SimulatedScript {
    var contract: ScriptContract { .register }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        let name = arguments.modelName
        let shownName = arguments.shownModelName
        guard let model = workspace.models[name] else {
            throw ScriptFailure("there is no trained model '\(shownName)' to register")
        }
        let alias = arguments.string("--alias")
        if workspace.passedEvaluation[name] == false {
            let stays = alias.map { alias in workspace.registry.version(alias: alias, of: name).map { " (@\(alias) stays on v\($0.number))" } ?? "" } ?? ""
            return ScriptOutcome(effect: "did not register '\(shownName)': it failed evaluation\(stays)",
                                 outputs: [StepOutput("model_version", workspace.registry.latest(name).map { "v\($0.number)" } ?? "none")])
        }
        let loss = workspace.validationLoss[name] ?? .nan
        let version = workspace.registry.register(model: name, model, validationLoss: loss)
        var moved = ""
        if let alias {
            workspace.registry.move(alias: alias, of: name, to: version)
            moved = "; @\(arguments.shown("--alias") ?? alias) now names v\(version)"
        }
        return ScriptOutcome(effect: "registered '\(shownName)' as version \(version) in the model registry" + moved,
                             outputs: [StepOutput("model_version", "v\(version)")])
    }
}
