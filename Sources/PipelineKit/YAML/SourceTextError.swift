/// Why an input file could not be read as text: a problem with the whole file has no
/// location (its message names the file); a bad character has the place it is at.
public typealias SourceTextError = LocatedError<SourceTextProblem>

/// What can stop a file from being read as text.
public enum SourceTextProblem: ProblemKind {
    /// The file exists but cannot be read as text (`why` says why, and how to fix it).
    case unreadable(file: String, why: UnreadableFile)
    /// No file at that path.
    case notFound(file: String)
    /// Larger than `SourceText.maximumBytes`.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// A byte sequence that is not UTF-8, at its first bad byte.
    case invalidUTF8
    /// A character (a letter and its combining marks) of more Unicode scalars than the limit.
    case characterTooLong(scalars: Int, limit: Int)

    /// What is wrong and how to fix it.
    public var explanation: Explanation {
        switch self {
        case .unreadable(let file, let why):
            return Explanation("cannot read '\(file)': \(why.reason)", fix: Hint(why.fix))
        case .notFound(let file):
            return Explanation("there is no file '\(file)'",
                               fix: "check the spelling; a relative path starts from the current folder")
        case .tooLarge(let file, let bytes, let limit):
            return Explanation("'\(file)' is \(bytes) bytes, over the limit of \(limit) bytes",
                               fix: "pipeline definitions, params files and question banks are small; check that this is the file you meant, or split it")
        case .invalidUTF8:
            return Explanation("the file is not valid UTF-8: the byte here does not start or continue a character",
                               fix: "save the file as UTF-8 (most editors have an encoding setting)")
        case .characterTooLong(let scalars, let limit):
            return Explanation("this character is one letter with \(scalars - 1) combining marks on it, over the limit of \(limit) Unicode scalars per character",
                               fix: "remove the stacked marks; real text never needs more than a few on one letter")
        }
    }
}
