import Foundation
@testable import PipelineKit

/// A known law of run time in n, for feeding the fitter series whose answer is known.
struct SyntheticLaw: Sendable, CustomStringConvertible {
    var name: String
    var truth: ComplexityClass
    /// The asymptotic exponent, when the law is a power of n.
    var exponent: Double?
    var seconds: @Sendable (Double) -> Double

    var description: String { name }

    static let perStep = 1e-6
    static let constant = SyntheticLaw(name: "constant", truth: .constant, exponent: 0) { _ in 2e-3 }
    static let linear = SyntheticLaw(name: "linear", truth: .linear, exponent: 1) { perStep * $0 }
    static let linearithmic = SyntheticLaw(name: "n log n", truth: .linearithmic, exponent: nil) {
        0.2 * perStep * $0 * log($0)
    }
    static let quadratic = SyntheticLaw(name: "quadratic", truth: .quadratic, exponent: 2) { 0.01 * perStep * $0 * $0 }
    /// Linear after a start-up cost 50 times the per-step cost at n = 10.
    static let linearWithStartUp = SyntheticLaw(name: "linear with start-up", truth: .linear, exponent: 1) {
        50 * 10 * perStep + perStep * $0
    }
    static let cubic = SyntheticLaw(name: "cubic", truth: .cubic, exponent: 3) { 1e-4 * perStep * $0 * $0 * $0 }
}

enum SyntheticSeries {
    static let sizes = MeasurementPlan.standard.sizes

    /// Points following `law`, each repetition multiplied by `exp(noise·z)` for standard normal z.
    static func points(_ law: SyntheticLaw, seed: UInt64, noise: Double = 0.05, repetitions: Int = 7,
                       sizes: [Int] = sizes) -> [BenchPoint] {
        var random = SeededGenerator(seed: seed)
        return sizes.map { n in
            let samples = (0..<repetitions).map { _ in law.seconds(Double(n)) * exp(noise * random.nextGaussian()) }
            return BenchPoint(n: n, operations: n, samples: samples)
        }
    }
}
