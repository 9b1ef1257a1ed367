/// A step the simulator does not model (`simulated: false`, or a command in a file from
/// another engine): nothing runs, and it says so with the arguments it was given.
struct GenericScript: Sendable {
    func run(named script: String, _ arguments: ScriptArguments) -> ScriptOutcome {
        let given = arguments.display.isEmpty ? "no arguments" : arguments.display.joined(separator: " ")
        return ScriptOutcome(effect: "not simulated: \(script) was given \(given); nothing ran", outputs: [])
    }
}
