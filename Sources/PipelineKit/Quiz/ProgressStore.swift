import Foundation

/// Where quiz progress lives: `$PIPELINE_STATE_DIR`, else `$XDG_STATE_HOME/pipeline`, else
/// `~/.local/state/pipeline`. Every answer is saved at once, atomically; a file that cannot be
/// read is moved aside (never silently overwritten) and reported.
public struct ProgressStore: Sendable {
    public let file: URL

    public init(directory: URL) {
        file = directory.appendingPathComponent("progress.json")
    }

    public static func resolve(environment: [String: String]) -> ProgressStore {
        if let dir = environment["PIPELINE_STATE_DIR"], !dir.isEmpty { return ProgressStore(directory: URL(fileURLWithPath: dir)) }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return ProgressStore(directory: URL(fileURLWithPath: state).appendingPathComponent("pipeline"))
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return ProgressStore(directory: URL(fileURLWithPath: home).appendingPathComponent(".local/state/pipeline"))
    }

    /// The saved progress, and a warning when a corrupt file had to be set aside.
    public func load() -> (progress: QuizProgress, warning: Diagnostic?) {
        guard let data = FileManager.default.contents(atPath: file.path) else { return (QuizProgress(), nil) }
        if let progress = try? JSONDecoder().decode(QuizProgress.self, from: data) { return (progress, nil) }
        let stamp = Int(Date().timeIntervalSince1970)
        let aside = file.deletingLastPathComponent().appendingPathComponent("progress.json.corrupt-\(stamp)")
        let moved = (try? FileManager.default.moveItem(at: file, to: aside)) != nil
        return (QuizProgress(), Diagnostic(
            .warning, "the quiz progress file \(file.path) could not be read" + (moved ? "; it was moved to \(aside.lastPathComponent)" : ""),
            hint: "your answers from now on are saved in a fresh file; the old one is kept for you to inspect"))
    }

    public func save(_ progress: QuizProgress) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: file.deletingLastPathComponent().path, reason: error.localizedDescription)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(progress) else { throw .unwritable(path: file.path, reason: "cannot encode progress") }
        try AtomicFile.write(data, to: file)
    }

    /// Removes the progress file.
    public func reset() throws(StoreError) {
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do { try FileManager.default.removeItem(at: file) } catch { throw .unwritable(path: file.path, reason: error.localizedDescription) }
    }
}
