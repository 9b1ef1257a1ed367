import Foundation

/// Where practice progress lives: `practice.json` in the learner's state folder (the quiz
/// progress's folder: `$PIPELINE_STATE_DIR`, `$XDG_STATE_HOME/pipeline` or
/// `~/.local/state/pipeline`), kept as the quiz progress is (see `ProgressFile`).
public struct PracticeStore: Sendable {
    let progressFile: ProgressFile<PracticeProgress>

    init(directory: URL) {
        progressFile = ProgressFile(folder: directory, name: "practice.json", subject: "practice progress")
    }

    public static func resolve(environment: [String: String]) -> PracticeStore {
        PracticeStore(directory: ProgressStore.resolve(environment: environment).folder)
    }

    /// The saved progress, and a warning when a corrupt file had to be set aside or the file
    /// cannot be read (the progress shown is then empty).
    public func load() -> (progress: PracticeProgress, warning: Diagnostic?) {
        do {
            return try progressFile.load()
        } catch {
            var warning = error.diagnostic
            warning.severity = .warning
            return (PracticeProgress(), warning)
        }
    }

    /// Loads, changes and saves the progress under the file's lock, so two commands saving at
    /// once both keep their change. Returns the progress as saved and a warning when a corrupt
    /// file was set aside.
    @discardableResult
    public func update(_ change: (inout PracticeProgress) -> Void) throws(DiagnosticError) -> (progress: PracticeProgress, warning: Diagnostic?) {
        do {
            return try progressFile.update(change)
        } catch {
            throw DiagnosticError(error.diagnostic)
        }
    }
}
