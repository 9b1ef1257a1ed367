/// Why a series cannot be fitted.
public enum ComplexityFitError: Error, Equatable, Sendable {
    /// Fewer than 3 distinct sizes: `a + c·n^k` has three unknowns.
    case tooFewSizes(found: Int)
    /// A size of 0 or less, where `n^k` and `log n` mean nothing.
    case nonPositiveSize(n: Int)
    /// A time that is 0, negative or not a number.
    case nonPositiveTime(n: Int, seconds: Double)

    /// The error as a diagnostic with a hint.
    public var diagnostic: Diagnostic {
        switch self {
        case .tooFewSizes(let found):
            return Diagnostic(.error, "only \(found) distinct size\(found == 1 ? "" : "s") to fit, but at least 3 are needed",
                              hint: "measure at least three sizes, ideally spread over two decades, such as 10, 100 and 1000")
        case .nonPositiveSize(let n):
            return Diagnostic(.error, "size \(n) is not positive, so growth in n cannot be fitted",
                              hint: "use sizes of 1 or more")
        case .nonPositiveTime(let n, let seconds):
            return Diagnostic(.error, "a time of \(seconds) seconds at n = \(n) is not a positive number",
                              hint: "give every repetition's time in seconds, greater than 0")
        }
    }
}
