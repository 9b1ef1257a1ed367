import PipelineKit

/// The learner's saved progress for the screens that only show it (the welcome, the bank
/// menu): a file that had to be set aside, or that cannot be read, is said on standard error
/// as a warning, never hidden behind an empty progress.
enum SavedProgress {
    static func quiz(_ terminal: Terminal) -> QuizProgress {
        do {
            let (progress, warning) = try ProgressStore.resolve(environment: terminal.environment).load()
            if let warning { warn(warning, terminal) }
            return progress
        } catch {
            warn(error.diagnostic, terminal)
            return QuizProgress()
        }
    }

    static func practice(_ terminal: Terminal) -> PracticeProgress {
        let (progress, warning) = PracticeStore.resolve(environment: terminal.environment).load()
        if let warning { warn(warning, terminal) }
        return progress
    }

    static func warn(_ problem: Diagnostic, _ terminal: Terminal) {
        var warning = problem
        warning.severity = .warning
        terminal.err.write(DiagnosticRenderer(colored: terminal.colorsErr(.auto)).render(warning))
    }
}
