/// A problem reading or writing run records or progress files.
public enum StoreError: Error, Equatable, Sendable {
    case unwritable(path: String, reason: String)
    case unreadable(path: String, reason: String)
    case notFound(id: String, directory: String)
    case ambiguous(id: String, matches: [String])
    /// A run id that is not a plain name (empty, a path, `..`): refused before any path is built.
    case notARunID(id: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .unwritable(let path, let reason):
            return Diagnostic(.error, "cannot write to \(path): \(reason)", hint: "choose another folder with \(UserAction.chooseRunsDirectory), or pass \(UserAction.skipRecording)" as Hint)
        case .unreadable(let path, let reason):
            return Diagnostic(.error, "cannot use \(path): \(reason)", hint: "move the file aside; other records are unaffected")
        case .notFound(let id, let directory):
            return Diagnostic(.error, "no run '\(id)' in \(directory)", hint: "list the runs with: \(UserAction.listRuns)" as Hint)
        case .notARunID(let id):
            return Diagnostic(.error, "'\(EchoedText.cut(id))' is not a run id: an id is a plain name, without '/' or '..'",
                              hint: "list the runs and their ids with: \(UserAction.listRuns)" as Hint)
        case .ambiguous(let id, let matches):
            return Diagnostic(.error, "'\(id)' matches several runs: \(matches.sorted().joined(separator: ", "))", hint: "type more of the id")
        }
    }
}
