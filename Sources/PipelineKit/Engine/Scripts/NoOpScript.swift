/// `noop`: does nothing, so a benchmark measures only what the engine itself costs per step.
struct NoOpScript: SimulatedScript {
    var contract: ScriptContract { .noop }

    func run(_ arguments: ScriptArguments, in workspace: inout Workspace) throws(ScriptFailure) -> ScriptOutcome {
        ScriptOutcome(effect: "did nothing")
    }
}
