/// A problem of one `Kind` found in the user's input, with where it is: each error area names
/// its own (`typealias YAMLError = LocatedError<YAMLProblem>`), and the location, the message,
/// the hint and the diagnostic are written here once for all of them.
public struct LocatedError<Kind: ProblemKind>: Error, Equatable, Sendable {
    /// What went wrong.
    let kind: Kind
    /// Where the problem is, when it is in a file.
    let location: SourceLocation?

    init(_ kind: Kind, at location: SourceLocation?) {
        self.kind = kind
        self.location = location
    }

    /// What is wrong, as a sentence.
    var message: String { kind.explanation.message }

    /// How to fix it, as a sentence, when there is a clear fix.
    var hint: Hint? { kind.explanation.hint }

    /// The error as a diagnostic: what is wrong, where, and how to fix it.
    public var diagnostic: Diagnostic {
        let explanation = kind.explanation
        return Diagnostic(kind.severity, at: location, explanation.message, hint: explanation.hint)
    }
}
