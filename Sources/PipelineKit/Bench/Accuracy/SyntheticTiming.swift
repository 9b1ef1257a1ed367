import Foundation

/// One synthetic timing series of the kind people bring to `bench fit`, built from a seed so
/// that the fitter's accuracy can be measured on series whose true class is known.
///
/// Each repetition at size `n` takes `startUp + c·g(n)` seconds (`g` the law's growth), times
/// `exp(noise·z)` for a standard normal `z`; about one repetition in `burstRate` is then slowed
/// 1.5–3× as a load burst would slow it. The start-up cost is a fraction (0 to one half) of
/// the largest size's growing part.
public struct SyntheticTiming: Equatable, Sendable {
    /// The law the series follows: the class the fitter should name.
    public let law: ComplexityClass
    /// The sizes, ascending, in the 1–3–10 pattern.
    public let sizes: [Int]
    /// Repetitions per size.
    let repetitions: Int
    /// The relative noise of one repetition (0.02 is 2%).
    public let noise: Double
    /// The start-up cost as a fraction of the largest size's growing part.
    public let startUpFraction: Double
    /// The chance that a repetition is slowed by a load burst.
    let burstRate: Double
    /// The seed the series was drawn from.
    public let seed: UInt64
    /// One point per size with the drawn repetitions.
    let points: [BenchPoint]

    /// Draws a series for `law` from `seed`: 2 or 3 decades of sizes starting at 1, 3 or 10,
    /// noise 2–10%, start-up 0 to half the largest size's time, bursts in about 1 sample of 20.
    ///
    /// - Complexity: O(m·r) for m sizes and r repetitions.
    init(law: ComplexityClass, seed: UInt64, repetitions: Int = 7, burstRate: Double = 0.05) {
        var random = SeededGenerator(seed: seed &* 0x9E37_79B9 &+ UInt64(ComplexityClass.allCases.firstIndex(of: law) ?? 0))
        let start = [1, 3, 10][Int(random.next() % 3)]
        let decades = random.nextUnit() < 0.5 ? 2 : 3
        let upper = start * Int(pow(10, Double(decades)))
        let sizes = MeasurementPlan.geometricSizes(from: start, to: upper)
        let noise = 0.02 + 0.08 * random.nextUnit()
        let startUpFraction = 0.5 * random.nextUnit()
        // The growing part is scaled so the largest size takes about 10 ms.
        let scale = 0.01 / law.growth(Double(upper))
        let startUp = startUpFraction * 0.01
        var points: [BenchPoint] = []
        for n in sizes {
            let truth = startUp + scale * law.growth(Double(n))
            let samples = (0..<repetitions).map { _ -> Double in
                var seconds = truth * exp(noise * random.nextGaussian())
                if random.nextUnit() < burstRate { seconds *= 1.5 + 1.5 * random.nextUnit() }
                return seconds
            }
            points.append(BenchPoint(n: n, operations: nil, samples: samples))
        }
        self.law = law
        self.sizes = sizes
        self.repetitions = repetitions
        self.noise = noise
        self.startUpFraction = startUpFraction
        self.burstRate = burstRate
        self.seed = seed
        self.points = points
    }

    /// The laws of the accuracy family, in the order they are reported.
    static let familyLaws: [ComplexityClass] = [.constant, .linear, .linearithmic, .quadratic, .cubic]

    /// `perLaw` series of each law in `familyLaws`, seeds `firstSeed`, `firstSeed + 1`, … per law.
    public static func family(perLaw: Int = 10, firstSeed: UInt64 = 1) -> [SyntheticTiming] {
        familyLaws.flatMap { law in
            (0..<UInt64(max(0, perLaw))).map { SyntheticTiming(law: law, seed: firstSeed + $0) }
        }
    }

    /// The series as `n,seconds` lines, with a comment naming the law, ready for `bench fit`.
    public func csv() -> String {
        let noisePercent = Int((noise * 100).rounded()), startUpPercent = Int((startUpFraction * 100).rounded())
        var out = "# synthetic \(law.symbol), seed \(seed), noise \(noisePercent)%, start-up \(startUpPercent)% of the largest size's time\n"
        out += "n,seconds\n"
        for point in points {
            for sample in point.samples { out += "\(point.n),\(sample)\n" }
        }
        return out
    }
}
