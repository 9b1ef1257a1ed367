/// Why a measurement could not be made.
public enum MeasurementError: Error, Equatable, Sendable {
    /// The plan has no sizes.
    case noSizes
    /// A size of 0 or less.
    case nonPositiveSize(n: Int)
    /// The workload reported a different operation count for the same size: counts must be exact.
    case operationCountChanged(n: Int, first: Int, later: Int)

    /// The error as a diagnostic with a hint.
    public var diagnostic: Diagnostic {
        switch self {
        case .noSizes:
            return Diagnostic(.error, "there are no sizes to measure", hint: "give at least three sizes, such as 10, 100 and 1000")
        case .nonPositiveSize(let n):
            return Diagnostic(.error, "size \(n) is not positive", hint: "use sizes of 1 or more")
        case .operationCountChanged(let n, let first, let later):
            return Diagnostic(.error, "the workload counted \(first) operations at n = \(n) on its first run but \(later) on a later one",
                              hint: "make the workload deterministic, so the same size always performs the same operations")
        }
    }
}
