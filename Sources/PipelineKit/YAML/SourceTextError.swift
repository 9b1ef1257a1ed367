/// Why an input file could not be read as text.
public enum SourceTextError: Error, Equatable, Sendable {
    /// The file exists but could not be read.
    case unreadable(file: String, reason: String)
    /// No file at that path.
    case notFound(file: String)
    /// Larger than `SourceText.maximumBytes`.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// A byte sequence that is not UTF-8, at its first bad byte.
    case invalidUTF8(at: SourceLocation)
    /// A character (a letter and its combining marks) of more Unicode scalars than the limit.
    case characterTooLong(at: SourceLocation, scalars: Int, limit: Int)

    /// The error as a diagnostic: what is wrong and how to fix it.
    public var diagnostic: Diagnostic {
        switch self {
        case .unreadable(let file, let reason):
            return Diagnostic(.error, "cannot read '\(file)': \(reason)",
                              hint: "check the path and the file's permissions")
        case .notFound(let file):
            return Diagnostic(.error, "there is no file '\(file)'",
                              hint: "check the spelling; a relative path starts from the current folder")
        case .tooLarge(let file, let bytes, let limit):
            return Diagnostic(.error, "'\(file)' is \(bytes) bytes, over the limit of \(limit) bytes",
                              hint: "pipeline definitions, params files and question banks are small; "
                                  + "check that this is the file you meant, or split it")
        case .invalidUTF8(let location):
            return Diagnostic(.error, at: location, "the file is not valid UTF-8: the byte here does not start or continue a character",
                              hint: "save the file as UTF-8 (most editors have an encoding setting)")
        case .characterTooLong(let location, let scalars, let limit):
            return Diagnostic(.error, at: location, "this character is one letter with \(scalars - 1) combining marks on it, over the limit of \(limit) Unicode scalars per character",
                              hint: "remove the stacked marks; real text never needs more than a few on one letter")
        }
    }
}
