/// `deploy.py [--model NAME] [--version latest|N|@ALIAS] [--from registry|artifact]`: serves a model.
///
/// Linked to the registry (the default), it serves the latest or a pinned version. With
/// `--from artifact` it ships a packaged copy and never asks the registry, so a version
/// registered later is never served: the symptom the platform lesson's unlinked-registry question asks about.
struct DeployScript: SimulatedScript {
    var contract: ScriptContract { .deploy }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        let name = arguments.modelName
        let shownName = arguments.shownModelName
        let latest = workspace.registry.latest(name)
        switch arguments.string(.from) {
        case "registry":
            let wanted = arguments.string(.version)
            let version: ModelRegistry.Version?
            if wanted == "latest" {
                version = latest
            } else if wanted.hasPrefix("@") {
                guard let aliased = workspace.registry.version(alias: String(wanted.dropFirst()), of: name) else {
                    throw ScriptFailure("the model registry has no alias \(EchoedText.cut(arguments.shown("--version") ?? "")) for '\(shownName)' (register.py --alias moves one to a version that passed evaluation)")
                }
                version = aliased
            } else if let number = Int(wanted.hasPrefix("v") ? String(wanted.dropFirst()) : wanted) {
                version = workspace.registry.version(number, of: name)
            } else {
                throw ScriptFailure("--version expects latest, a version number or an @alias, but received '\(EchoedText.cut(arguments.shown("--version") ?? ""))'")
            }
            guard let version else {
                throw ScriptFailure("the model registry has no version \(arguments.shown("--version") ?? "") of '\(shownName)' to deploy")
            }
            workspace.registry.serve(model: name, version: version.number)
            return ScriptOutcome(effect: "now serving '\(shownName)' v\(version.number) from the model registry",
                                 outputs: [StepOutput("served_version", "v\(version.number)")])
        case "artifact":
            if let current = workspace.registry.served[name] {
                let note = latest.map { $0.number > current ? " although the registry now holds v\($0.number)" : "" } ?? ""
                return ScriptOutcome(effect: "still serving '\(shownName)' v\(current)\(note): this deployment never reads the registry",
                                     outputs: [StepOutput("served_version", "v\(current)")])
            }
            guard let first = workspace.registry.version(1, of: name) else {
                throw ScriptFailure("there is no packaged artifact of '\(shownName)' to deploy")
            }
            workspace.registry.serve(model: name, version: first.number)
            return ScriptOutcome(effect: "deployed the packaged artifact of '\(shownName)' (v\(first.number)) without asking the registry",
                                 outputs: [StepOutput("served_version", "v\(first.number)")])
        case let other:
            throw ScriptFailure("--from expects registry or artifact, but received '\(EchoedText.cut(arguments.shown("--from") ?? other))'")
        }
    }
}
