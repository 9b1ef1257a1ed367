import PipelineKit

/// `quiz --reset`: clears saved progress, after confirmation.
enum QuizReset {
    static func run(confirmed: Bool, terminal: Terminal) -> Int32 {
        let store = ProgressStore.resolve(environment: terminal.environment)
        if !confirmed {
            guard terminal.isInteractive else {
                terminal.err.write(DiagnosticRenderer().render(Diagnostic(.error, "--reset asks for confirmation, and this is not a terminal", hint: "run pipeline quiz --reset --yes")))
                return ExitCode.badInput
            }
            terminal.out.write("Clear all saved quiz progress in \(store.file.path)? [y/N] ")
            guard let reply = terminal.readLine(), ["y", "yes"].contains(reply.lowercased()) else {
                terminal.out.write("Nothing was cleared.\n")
                return ExitCode.success
            }
        }
        do {
            try store.reset()
        } catch {
            terminal.err.write(DiagnosticRenderer().render(error.diagnostic))
            return ExitCode.failure
        }
        terminal.out.write("Quiz progress cleared.\n")
        return ExitCode.success
    }
}
