/// `fetch_data.py --api-key KEY [--data PATH]`: authenticates with a secret key (never
/// echoed) and loads the dataset.
struct FetchDataScript: SimulatedScript {
    var contract: ScriptContract { .fetchData }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        guard let key = arguments.string("--api-key"), !key.isEmpty else {
            throw ScriptFailure("no --api-key was given, so the data source refused the request")
        }
        guard key.count >= 8 else {
            throw ScriptFailure("the data source rejected the API key: keys are at least 8 characters long")
        }
        let path = arguments.string(.dataFile)
        let dataset = Dataset.generated(name: path)
        workspace.datasets[arguments.modelName] = dataset
        return ScriptOutcome(
            effect: "authenticated with the API key (not shown) and fetched \(dataset.rowCount) rows from \(arguments.shown("--data") ?? path)",
            outputs: [StepOutput("rows", String(dataset.rowCount)), StepOutput("dataset", arguments.shown("--data") ?? path)])
    }
}
