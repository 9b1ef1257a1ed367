/// `aggregate`: reads every output the earlier steps of the run produced and sums them, so a
/// pipeline of n such steps does n(n−1)/2 reads: the benchmarks' quadratic example.
struct AggregateScript: SimulatedScript {
    var contract: ScriptContract { .aggregate }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        var total = 0.0
        for output in workspace.outputs {
            // Each read parses the stored text and folds it in a few times: a fixed cost per
            // read that outweighs the step's own bookkeeping, so the n² term shows early.
            let value = Double(output.value) ?? 0
            for _ in 0..<24 { total = (total + value).squareRoot() + 1 }
        }
        return ScriptOutcome(effect: "read \(workspace.outputs.count) earlier outputs", outputs: [StepOutput("total", String(total))])
    }
}
