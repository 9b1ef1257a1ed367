/// One kind of problem an error area can report (`YAMLProblem`, `JSONProblem`, …): each kind
/// says what is wrong and how to fix it in one place, so the two sentences are written and
/// read together. `LocatedError` adds where the problem is. Public only because the
/// executable sees `TimingFileError` and `SourceTextError`.
public protocol ProblemKind: Equatable, Sendable {
    /// What is wrong and how to fix it.
    var explanation: Explanation { get }
    /// How serious the problem is: `.error` unless the kind says otherwise.
    var severity: Diagnostic.Severity { get }
}

extension ProblemKind {
    public var severity: Diagnostic.Severity { .error }
}
