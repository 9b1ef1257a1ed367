import Foundation

/// Where practice progress lives: `practice.json` in the learner's state folder (the quiz
/// progress's folder: `$PIPELINE_STATE_DIR`, `$XDG_STATE_HOME/pipeline` or
/// `~/.local/state/pipeline`). Saved atomically; a file that cannot be read is moved aside.
public struct PracticeStore: Sendable {
    let file: URL

    init(directory: URL) {
        file = directory.appendingPathComponent("practice.json")
    }

    public static func resolve(environment: [String: String]) -> PracticeStore {
        PracticeStore(directory: ProgressStore.resolve(environment: environment).file.deletingLastPathComponent())
    }

    /// The saved progress, and a warning when a corrupt file had to be set aside.
    public func load() -> (progress: PracticeProgress, warning: Diagnostic?) {
        guard let data = FileManager.default.contents(atPath: file.path) else { return (PracticeProgress(), nil) }
        if let progress = try? JSONDecoder().decode(PracticeProgress.self, from: data) { return (progress, nil) }
        let aside = file.deletingLastPathComponent().appendingPathComponent("practice.json.corrupt-\(Int(Date().timeIntervalSince1970))")
        let moved = (try? FileManager.default.moveItem(at: file, to: aside)) != nil
        return (PracticeProgress(), Diagnostic(
            .warning, "the practice progress file \(file.path) could not be read" + (moved ? "; it was moved to \(aside.lastPathComponent)" : ""),
            hint: "your progress from now on is saved in a fresh file; the old one is kept for you to inspect"))
    }

    /// Saves the progress, naming the state folder and `PIPELINE_STATE_DIR` when it cannot.
    func save(_ progress: PracticeProgress) throws(DiagnosticError) {
        let folder = file.deletingLastPathComponent()
        let failure = { (reason: String) in
            DiagnosticError(Diagnostic(.error, "cannot save your practice progress in \(folder.path): \(reason)",
                                       hint: "choose a writable state folder with PIPELINE_STATE_DIR=DIR"))
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw failure(error.localizedDescription)
        }
        do {
            try AtomicFile.write(json: progress, to: file)
        } catch {
            throw failure(error.diagnostic.message)
        }
    }

    /// Loads, changes and saves the progress in one go, holding an exclusive `flock` on
    /// `practice.json.lock`, so two commands saving at once both keep their change.
    @discardableResult
    public func update(_ change: (inout PracticeProgress) -> Void) throws(DiagnosticError) -> PracticeProgress {
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(folder.appendingPathComponent("practice.json.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        defer { if descriptor >= 0 { close(descriptor) } }
        if descriptor >= 0 {
            while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
        }
        defer { if descriptor >= 0 { flock(descriptor, LOCK_UN) } }
        var progress = load().progress
        change(&progress)
        try save(progress)
        return progress
    }
}
