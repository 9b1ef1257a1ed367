import Foundation
import Testing
@testable import PipelineKit

/// Regression cases from the accuracy family `pipeline bench accuracy` measures (seeds 1–10 of
/// each law): the class is asserted, nothing is timed.
@Suite struct FitAccuracyTests {
    /// The series of seeds 1–10 on which the fitter says "inconclusive" (each a near-tie that
    /// the verdict names); every other one must be right.
    static let inconclusiveSeeds: [ComplexityClass: Set<UInt64>] = [
        .linear: [3], .linearithmic: [3, 4, 5], .cubic: [5],
    ]

    @Test(arguments: SyntheticTiming.familyLaws)
    func namesTheRightClassOnTheFixedSeeds(law: ComplexityClass) throws {
        for seed in UInt64(1)...10 {
            let series = SyntheticTiming(law: law, seed: seed)
            let fit = try ComplexityFitter().fit(series.points)
            if Self.inconclusiveSeeds[law, default: []].contains(seed) {
                #expect(fit.verdict.complexity == nil, "\(law.symbol) seed \(seed): \(fit.sentence(noun: "steps"))")
                #expect(fit.verdict.summary.contains(law.symbol), "\(law.symbol) seed \(seed): the near-tie names the law")
            } else {
                #expect(fit.verdict == .classified(law), "\(law.symbol) seed \(seed): \(fit.sentence(noun: "steps"))")
            }
        }
    }

    @Test func aLinearVersusNLogNTieNamesBoth() throws {
        let fit = try ComplexityFitter().fit(SyntheticTiming(law: .linearithmic, seed: 3).points)
        #expect(fit.verdict.summary == "inconclusive: between O(n) and O(n log n)")
        #expect(fit.reading.hasSuffix("measure sizes up to 100000 (10× larger) to tell them apart."))
    }

    @Test func theFamilyIsTheSameForTheSameSeed() {
        #expect(SyntheticTiming(law: .quadratic, seed: 7) == SyntheticTiming(law: .quadratic, seed: 7))
        #expect(SyntheticTiming(law: .quadratic, seed: 7).points != SyntheticTiming(law: .quadratic, seed: 8).points)
        let family = SyntheticTiming.family(perLaw: 10)
        #expect(family.count == 50)
        for series in family {
            #expect(series.noise >= 0.02 && series.noise <= 0.10)
            #expect(series.startUpFraction >= 0 && series.startUpFraction <= 0.5)
            let span = Double(series.sizes.last ?? 0) / Double(series.sizes.first ?? 1)
            #expect(span == 100 || span == 1000)
            #expect(series.points.allSatisfy { $0.samples.count == 7 })
        }
    }

    @Test func talliesCountEachLawsVerdicts() {
        let accuracy = FitAccuracy(family: SyntheticTiming.family(perLaw: 2), fitter: ComplexityFitter(resamples: 40))
        #expect(accuracy.tallies.map(\.law) == SyntheticTiming.familyLaws)
        #expect(accuracy.tallies.allSatisfy { $0.total == 2 })
        #expect(accuracy.total.total == 10)
        #expect(accuracy.total.right == accuracy.outcomes.filter(\.isRight).count)
        #expect(accuracy.outcomes.allSatisfy { [$0.isRight, $0.isWrong, $0.isInconclusive].filter { $0 }.count == 1 })
    }

    @Test func aBurstDoesNotMoveASizesLocation() {
        let calm = [1.0, 1.01, 0.99, 1.02, 0.98, 1.0, 1.01]
        var burst = calm
        burst[2] = 2.5
        burst[5] = 1.8
        #expect(FitSeries.withoutBursts(burst, noise: 0.02).count == 5)
        #expect(FitSeries(sizes: [1], samples: [burst]).locations[0] < 1.01)
        // A size no burst touched keeps every repetition, at 10% noise too.
        #expect(FitSeries.withoutBursts(calm, noise: 0.02) == calm)
        let noisy = [1.0, 1.1, 0.9, 1.2, 0.85, 1.05, 0.95]
        #expect(FitSeries.withoutBursts(noisy, noise: 0.1) == noisy)
        #expect(FitSeries.withoutBursts(noisy + [1.6], noise: 0.1) == noisy)
    }

    @Test func theNoiseIsPooledOverEverySize() {
        // Two sizes with the same 5% scatter (in log terms) around very different times.
        let scatter = [-0.08, -0.04, -0.02, 0, 0.02, 0.04, 0.08]
        let samples = [scatter.map { 0.001 * exp($0) }, scatter.map { 0.1 * exp($0) }]
        let noise = FitSeries.pooledNoise(samples)
        #expect(abs(noise - 1.4826 * 0.04 * (7.0 / 6).squareRoot()) < 1e-9)
        #expect(FitSeries.pooledNoise([[1], [2], [3]]) == FitSeries.noiseFloor)
    }
}
