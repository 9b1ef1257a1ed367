import Foundation

/// Where quiz progress lives: `$PIPELINE_STATE_DIR`, else `$XDG_STATE_HOME/pipeline`, else
/// `~/.local/state/pipeline`.
///
/// Every answer is merged in under an exclusive `flock` on `progress.json.lock` (read the file,
/// change it, write a temporary, rename it over), so quizzes answering at the same time keep
/// every answer. A file that cannot be read is refused, never taken for empty; a corrupt one is
/// moved aside under a name that did not exist, and the warning says where.
public struct ProgressStore: Sendable {
    public let file: URL

    init(directory: URL) {
        file = directory.appendingPathComponent("progress.json")
    }

    /// The state folder.
    public var folder: URL { file.deletingLastPathComponent() }

    public static func resolve(environment: [String: String]) -> ProgressStore {
        if let dir = environment["PIPELINE_STATE_DIR"], !dir.isEmpty { return ProgressStore(directory: URL(fileURLWithPath: dir)) }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return ProgressStore(directory: URL(fileURLWithPath: state).appendingPathComponent("pipeline"))
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return ProgressStore(directory: URL(fileURLWithPath: home).appendingPathComponent(".local/state/pipeline"))
    }

    // MARK: - Reading

    /// The saved progress (empty when there is no file yet), and a warning when a corrupt file
    /// was set aside.
    ///
    /// - Throws: `ProgressError.unreadable` when the file exists but cannot be read, and
    ///   `.cannotSetAside` when a corrupt file could not be moved.
    public func load() throws(ProgressError) -> (progress: QuizProgress, warning: Diagnostic?) {
        switch try read() {
        case .missing: return (QuizProgress(), nil)
        case .progress(let progress): return (progress, nil)
        case .corrupt:
            // Moving the file aside changes the folder: take the lock, then look again.
            var warning: Diagnostic?
            let progress = try locked { () throws(ProgressError) -> QuizProgress in
                let (progress, aside) = try readSettingAside()
                warning = aside
                return progress
            }
            return (progress, warning)
        }
    }

    private enum Contents { case missing, progress(QuizProgress), corrupt }

    private func read() throws(ProgressError) -> Contents {
        var info = stat()
        guard stat(file.path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return .missing }
            throw .unreadable(path: file.path, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: file.path, reason: "it is not a regular file")
        }
        guard access(file.path, R_OK) == 0 else {
            throw .unreadable(path: file.path, reason: "permission denied (mode \(String(info.st_mode & 0o777, radix: 8)))")
        }
        // Through a file handle: FileManager.contents(atPath:) leaks its buffer for an empty
        // file (found by the `progress` fuzz harness).
        // An empty file reads as no data (nil), which is not progress: it is set aside below.
        let data: Data
        do {
            guard let handle = FileHandle(forReadingAtPath: file.path) else { throw CocoaError(.fileReadUnknown) }
            defer { try? handle.close() }
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(path: file.path, reason: "the system could not read it")
        }
        guard let progress = try? JSONDecoder().decode(QuizProgress.self, from: data) else { return .corrupt }
        return .progress(progress)
    }

    /// Reads under the lock, moving a corrupt file aside.
    private func readSettingAside() throws(ProgressError) -> (QuizProgress, Diagnostic?) {
        switch try read() {
        case .missing: return (QuizProgress(), nil)
        case .progress(let progress): return (progress, nil)
        case .corrupt:
            let aside = try setAside()
            return (QuizProgress(), Diagnostic(
                .warning, "the quiz progress file \(file.path) is not valid progress; it was moved to \(aside.path)",
                hint: "your answers from now on are saved in a fresh file; the old one is kept there for you to inspect"))
        }
    }

    /// Moves the corrupt file to `progress.json.corrupt-STAMP[-N]`, a name that did not exist:
    /// `link` refuses an existing name, so nothing is ever overwritten.
    private func setAside() throws(ProgressError) -> URL {
        let stamp = Int(Date().timeIntervalSince1970)
        for attempt in 0..<1000 {
            let name = "progress.json.corrupt-\(stamp)" + (attempt == 0 ? "" : "-\(attempt)")
            let aside = folder.appendingPathComponent(name)
            if link(file.path, aside.path) == 0 {
                guard unlink(file.path) == 0 else {
                    throw .cannotSetAside(path: file.path, reason: String(cString: strerror(errno)))
                }
                return aside
            }
            guard errno == EEXIST else { throw .cannotSetAside(path: file.path, reason: String(cString: strerror(errno))) }
        }
        throw .cannotSetAside(path: file.path, reason: "every name tried for the copy is taken")
    }

    // MARK: - Writing

    /// Merges a change into the saved progress: under the lock, reads the file as it is now,
    /// applies `change`, and writes it back atomically. Returns the progress as saved and a
    /// warning when a corrupt file was set aside.
    ///
    /// - Throws: `ProgressError`; the file is then unchanged.
    @discardableResult
    public func update(_ change: (inout QuizProgress) -> Void) throws(ProgressError) -> (progress: QuizProgress, warning: Diagnostic?) {
        try createFolder()
        return try locked { () throws(ProgressError) -> (QuizProgress, Diagnostic?) in
            AtomicFile.sweepStaleTemporaries(in: folder)
            var (progress, warning) = try readSettingAside()
            change(&progress)
            try write(progress)
            return (progress, warning)
        }
    }

    /// Replaces the saved progress with `progress` (under the lock).
    func save(_ progress: QuizProgress) throws(ProgressError) {
        try createFolder()
        try locked { () throws(ProgressError) in try write(progress) }
    }

    /// Removes the progress file.
    public func reset() throws(ProgressError) {
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do { try FileManager.default.removeItem(at: file) } catch { throw .unsaved(folder: folder.path, reason: error.localizedDescription) }
    }

    private func createFolder() throws(ProgressError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unsaved(folder: folder.path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    private func write(_ progress: QuizProgress) throws(ProgressError) {
        do {
            try AtomicFile.write(json: progress, to: file)
        } catch {
            guard case .unwritable(_, let reason) = error else { throw .unsaved(folder: folder.path, reason: "\(error)") }
            throw .unsaved(folder: folder.path, reason: reason)
        }
    }

    /// Runs `body` holding an exclusive `flock` on `progress.json.lock` in the state folder.
    private func locked<T>(_ body: () throws(ProgressError) -> T) throws(ProgressError) -> T {
        let lockPath = folder.appendingPathComponent("progress.json.lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .unsaved(folder: folder.path, reason: "cannot open the lock file: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .unsaved(folder: folder.path, reason: "cannot lock the progress: \(String(cString: strerror(errno)))") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
