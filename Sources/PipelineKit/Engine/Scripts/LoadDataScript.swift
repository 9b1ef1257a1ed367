/// `load_data.py --data PATH [--rows N] [--model NAME]`: reads a dataset (generated
/// deterministically from its path) into the workspace.
struct LoadDataScript: SimulatedScript {
    var contract: ScriptContract { .loadData }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        let path = arguments.string("--data") ?? arguments.positionals.first ?? arguments.string(.dataFile)
        let rows = try arguments.int(.rows)
        guard rows <= 100_000 else { throw ScriptFailure("--rows \(rows) is over the simulator's limit of 100000") }
        let dataset = Dataset.generated(name: path, rows: rows)
        let shownPath = arguments.shown("--data") ?? arguments.shownPositionals.first ?? path
        workspace.datasets[arguments.modelName] = dataset
        return ScriptOutcome(
            effect: "loaded \(dataset.rowCount) rows × \(dataset.featureCount) features from \(shownPath)",
            outputs: [StepOutput("rows", String(dataset.rowCount)), StepOutput("dataset", shownPath)])
    }
}
