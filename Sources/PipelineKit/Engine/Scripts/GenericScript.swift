/// Any script the simulator does not know: it reports the arguments it received.
struct GenericScript: Sendable {
    func run(named script: String, _ arguments: ScriptArguments) -> ScriptOutcome {
        let received = arguments.display.isEmpty ? "no arguments" : arguments.display.joined(separator: " ")
        return ScriptOutcome(effect: "\(script) received \(received)", outputs: [])
    }
}
