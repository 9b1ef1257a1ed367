/// What `exercise check` found: whether the file loads, then each expectation passed, failed
/// (with what the engine saw) or could not be checked.
public struct ExerciseReport: Equatable, Sendable {
    public struct Finding: Equatable, Sendable {
        public enum State: Equatable, Sendable {
            case passed
            case failed([String])
            /// The file did not load, so nothing could run.
            case notChecked
        }

        public var says: String
        public var state: State
    }

    /// Problems loading the pipeline file (syntax, undeclared names, invalid defaults).
    public var loadProblems: [Diagnostic]
    public var findings: [Finding]

    public var passed: Bool {
        loadProblems.isEmpty && findings.allSatisfy { $0.state == .passed }
    }

    /// The text of everything that failed: load messages, then each failed expectation and
    /// what was seen (what `exercise lint` matches an exercise's `broken_fails` against).
    var failureText: String {
        var lines = loadProblems.map(\.message)
        for finding in findings {
            if case .failed(let problems) = finding.state { lines += [finding.says] + problems }
        }
        return lines.joined(separator: "\n")
    }
}
