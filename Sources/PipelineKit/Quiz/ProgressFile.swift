import Foundation

/// What a progress file keeps: quiz answers (`QuizProgress`) or practice scores
/// (`PracticeProgress`); a new learner starts from `init()`.
public protocol ProgressState: Codable, Sendable {
    init()
}

/// A learner's progress file in the state folder (`progress.json`, `practice.json`), which
/// several commands may change at once.
///
/// Every change is merged in under an exclusive `flock` on `NAME.lock` (read the file, change
/// it, write a temporary, rename it over), so commands saving at the same time keep every
/// change. A file that cannot be read is refused, never taken for empty; a corrupt one is moved
/// aside under a name that did not exist, and the warning says where.
public struct ProgressFile<State: ProgressState>: Sendable {
    public let file: URL
    /// What the file keeps, in the learner's words: "quiz progress", "practice progress".
    let subject: String

    init(folder: URL, name: String, subject: String) {
        file = folder.appendingPathComponent(name)
        self.subject = subject
    }

    /// The state folder.
    public var folder: URL { file.deletingLastPathComponent() }

    // MARK: - Reading

    /// The saved progress (empty when there is no file yet), and a warning when a corrupt file
    /// was set aside.
    ///
    /// - Throws: `ProgressError` when the file exists but cannot be read (it is never taken for
    ///   empty progress, since saving would then replace it), or a corrupt file could not be moved.
    public func load() throws(ProgressError) -> (progress: State, warning: Diagnostic?) {
        switch try read() {
        case .missing: return (State(), nil)
        case .progress(let progress): return (progress, nil)
        // Moving the file aside changes the folder: take the lock, then look again.
        case .corrupt: return try locked { () throws(ProgressError) in try readSettingAside() }
        }
    }

    private enum Contents { case missing, progress(State), corrupt }

    private func read() throws(ProgressError) -> Contents {
        var info = stat()
        guard stat(file.path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return .missing }
            throw failure(.unreadable(path: file.path, reason: String(cString: strerror(errno))))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw failure(.unreadable(path: file.path, reason: "it is not a regular file"))
        }
        guard access(file.path, R_OK) == 0 else {
            throw failure(.unreadable(path: file.path, reason: "permission denied (mode \(String(info.st_mode & 0o777, radix: 8)))"))
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
            throw failure(.unreadable(path: file.path, reason: "the system could not read it"))
        }
        guard let progress = try? JSONDecoder().decode(State.self, from: data) else { return .corrupt }
        return .progress(progress)
    }

    /// Reads under the lock, moving a corrupt file aside.
    private func readSettingAside() throws(ProgressError) -> (State, Diagnostic?) {
        switch try read() {
        case .missing: return (State(), nil)
        case .progress(let progress): return (progress, nil)
        case .corrupt:
            let aside = try setAside()
            return (State(), Diagnostic(
                .warning, "the \(subject) file \(file.path) is not valid progress; it was moved to \(aside.path)",
                hint: "your answers from now on are saved in a fresh file; the old one is kept there for you to inspect"))
        }
    }

    /// Moves the corrupt file to `NAME.corrupt-STAMP[-N]`, a name that did not exist: `link`
    /// refuses an existing name, so nothing is ever overwritten.
    private func setAside() throws(ProgressError) -> URL {
        let stamp = Int(Date().timeIntervalSince1970)
        for attempt in 0..<1000 {
            let aside = folder.appendingPathComponent("\(file.lastPathComponent).corrupt-\(stamp)" + (attempt == 0 ? "" : "-\(attempt)"))
            if link(file.path, aside.path) == 0 {
                guard unlink(file.path) == 0 else { throw failure(.cannotSetAside(path: file.path, reason: String(cString: strerror(errno)))) }
                return aside
            }
            guard errno == EEXIST else { throw failure(.cannotSetAside(path: file.path, reason: String(cString: strerror(errno)))) }
        }
        throw failure(.cannotSetAside(path: file.path, reason: "every name tried for the copy is taken"))
    }

    // MARK: - Writing

    /// Merges a change into the saved progress: under the lock, reads the file as it is now,
    /// applies `change`, and writes it back atomically. Returns the progress as saved and a
    /// warning when a corrupt file was set aside.
    ///
    /// - Throws: `ProgressError`; the file is then unchanged.
    @discardableResult
    public func update(_ change: (inout State) -> Void) throws(ProgressError) -> (progress: State, warning: Diagnostic?) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw failure(.unsaved(folder: folder.path, reason: error.systemReason))
        }
        return try locked { () throws(ProgressError) -> (State, Diagnostic?) in
            AtomicFile.sweepStaleTemporaries(in: folder)
            var (progress, warning) = try readSettingAside()
            change(&progress)
            try write(progress)
            return (progress, warning)
        }
    }

    private func write(_ progress: State) throws(ProgressError) {
        do {
            try AtomicFile.write(json: progress, to: file)
        } catch {
            guard case .unwritable(_, let reason) = error else { throw failure(.unsaved(folder: folder.path, reason: error.systemReason)) }
            throw failure(.unsaved(folder: folder.path, reason: reason))
        }
    }

    /// Removes the progress file.
    public func reset() throws(ProgressError) {
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do { try FileManager.default.removeItem(at: file) } catch { throw failure(.unsaved(folder: folder.path, reason: error.systemReason)) }
    }

    /// Runs `body` holding an exclusive `flock` on `NAME.lock` in the state folder.
    private func locked<T>(_ body: () throws(ProgressError) -> T) throws(ProgressError) -> T {
        let descriptor = open(folder.appendingPathComponent(file.lastPathComponent + ".lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(.unsaved(folder: folder.path, reason: "cannot open the lock file: \(String(cString: strerror(errno)))")) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure(.unsaved(folder: folder.path, reason: "cannot lock the progress: \(String(cString: strerror(errno)))")) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private func failure(_ problem: ProgressError.Problem) -> ProgressError {
        ProgressError(subject: subject, problem: problem)
    }
}
