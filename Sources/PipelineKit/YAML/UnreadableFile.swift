/// Why a file that exists cannot be read as text, each with the fix that fits it: only regular
/// files are read (a pipe with no writer would wait forever, and a device never ends).
public enum UnreadableFile: Equatable, Sendable {
    case folder
    case pipe
    case device
    case socket
    /// The user may not read it.
    case permission
    /// The system refused, in its own words (`Input/output error`).
    case system(String)

    /// Why, as the end of "cannot read 'FILE': …".
    var reason: String {
        switch self {
        case .folder: return "it is a folder, not a regular file"
        case .pipe: return "it is a pipe (FIFO), not a regular file"
        case .device: return "it is a device, not a regular file"
        case .socket: return "it is a socket, not a regular file"
        case .permission: return "you do not have permission to read it"
        case .system(let reason): return "the system could not read it: \(reason)"
        }
    }

    /// How to fix it.
    var fix: String {
        switch self {
        case .folder: return "name a file inside it"
        case .pipe, .device, .socket: return "save its content to a regular file first, and name that file"
        case .permission: return "ask for read permission, or copy the file somewhere you can read it"
        case .system: return "check the file and the disk, then try again"
        }
    }
}
