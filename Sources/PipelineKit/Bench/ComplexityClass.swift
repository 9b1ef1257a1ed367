import Foundation

/// A growth class the fitter can choose, each fitted as `t = a + c·g(n)` with `a, c ≥ 0`.
public enum ComplexityClass: String, CaseIterable, Codable, Equatable, Sendable {
    case constant = "O(1)"
    case logarithmic = "O(log n)"
    case linear = "O(n)"
    case linearithmic = "O(n log n)"
    case quadratic = "O(n²)"
    case cubic = "O(n³)"

    /// The big-O symbol, for example `O(n²)`.
    public var symbol: String { rawValue }

    /// The word a learner reads: `constant`, `logarithmic`, `linear`, `n log n`, `quadratic`, `cubic`.
    public var name: String {
        switch self {
        case .constant: return "constant"
        case .logarithmic: return "logarithmic"
        case .linear: return "linear"
        case .linearithmic: return "n log n"
        case .quadratic: return "quadratic"
        case .cubic: return "cubic"
        }
    }

    /// The exponents `k` of `a + c·n^k` fits this class is consistent with over a few decades
    /// of `n` (log-like growth bends a power law below 1, `n log n` lifts it a little above 1).
    var exponentBand: ClosedRange<Double> {
        switch self {
        case .constant: return 0...0.1
        case .logarithmic: return 0...0.9
        case .linear: return 0.85...1.15
        case .linearithmic: return 1.0...1.5
        case .quadratic: return 1.8...2.2
        case .cubic: return 2.7...3.3
        }
    }

    /// The growth function `g(n)`; `g` is 1 for `O(1)`, and logarithms are natural.
    func growth(_ n: Double) -> Double {
        switch self {
        case .constant: return 1
        case .logarithmic: return log(n)
        case .linear: return n
        case .linearithmic: return n * log(n)
        case .quadratic: return n * n
        case .cubic: return n * n * n
        }
    }
}
