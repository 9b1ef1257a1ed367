/// Why a progress file (quiz or practice) could not be read or saved. Every message names the
/// file or the state folder and the `PIPELINE_STATE_DIR` variable that chooses it.
public struct ProgressError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        /// The progress file exists but cannot be read (permissions, not a regular file): it is
        /// never taken for empty progress, since saving would then replace it.
        case unreadable(path: String, reason: String)
        /// A corrupt progress file that could not be moved aside, so it is left as it is.
        case cannotSetAside(path: String, reason: String)
        /// The progress could not be saved in the state folder.
        case unsaved(folder: String, reason: String)
    }

    /// What the file keeps: "quiz progress", "practice progress".
    let subject: String
    public let problem: Problem

    public var diagnostic: Diagnostic {
        switch problem {
        case .unreadable(let path, let reason):
            return Diagnostic(.error, "cannot read the \(subject) file \(path): \(reason)",
                              hint: "give yourself read and write permission on it (chmod u+rw), or set PIPELINE_STATE_DIR to another folder")
        case .cannotSetAside(let path, let reason):
            return Diagnostic(.error, "the \(subject) file \(path) is corrupt and could not be moved aside: \(reason)",
                              hint: "move it away yourself, or set PIPELINE_STATE_DIR to another folder")
        case .unsaved(let folder, let reason):
            return Diagnostic(.error, "cannot save \(subject) in the state folder \(folder): \(reason)",
                              hint: "make that folder writable (and free some space), or set PIPELINE_STATE_DIR to a folder you can write to")
        }
    }
}
