import Foundation
import Testing
@testable import PipelineKit

@Suite struct ComplexityFitterTests {
    static let seeds: [UInt64] = Array(1...20)
    private let fitter = ComplexityFitter(resamples: 200)

    @Test(arguments: [SyntheticLaw.constant, .linear, .linearithmic, .quadratic, .linearWithStartUp, .cubic])
    func classifiesKnownLawsUnderFivePercentNoise(law: SyntheticLaw) throws {
        for seed in Self.seeds {
            let fit = try fitter.fit(SyntheticSeries.points(law, seed: seed))
            #expect(fit.verdict == .classified(law.truth), "seed \(seed): \(fit.sentence(noun: "steps"))")
        }
    }

    @Test(arguments: [SyntheticLaw.linear, .quadratic, .linearWithStartUp, .cubic])
    func exponentIntervalContainsTheTrueExponent(law: SyntheticLaw) throws {
        let truth = try #require(law.exponent)
        var covered = 0
        for seed in Self.seeds {
            let interval = try fitter.fit(SyntheticSeries.points(law, seed: seed)).powerLaw.exponentInterval
            if interval.contains(truth) { covered += 1 }
        }
        // A 95% interval may miss now and then; these seeds miss at most once.
        #expect(covered >= 19)
    }

    @Test func flatSeriesIsConstantWithAnIntervalAtZero() throws {
        for seed in Self.seeds {
            let fit = try fitter.fit(SyntheticSeries.points(.constant, seed: seed))
            #expect(fit.powerLaw.isFlat)
            #expect(fit.powerLaw.exponentInterval.lowerBound <= 0.005)
            #expect(fit.powerLaw.exponentInterval.upperBound < 0.05)
            #expect(abs(fit.powerLaw.doublingRatio - 1) < 0.03)
        }
    }

    @Test func flatnessIsJudgedBySlopeNotByGrowthRatio() throws {
        // About ×1.2 growth is flat over three decades of sizes (average slope 0.026) but not
        // over one (slope 0.07): doubling n costs 2% in the first case, 5% in the second.
        let time = { (n: Int) in 1 + 0.0002 * Double(n) }
        let wide = [1, 10, 100, 1000].map { BenchPoint(n: $0, operations: $0, samples: [time($0)]) }
        #expect(try fitter.fit(wide).powerLaw.isFlat)
        #expect(try fitter.fit(wide).verdict == .classified(.constant))
        let narrow = [100, 200, 400, 1000].map { BenchPoint(n: $0, operations: $0, samples: [time($0)]) }
        #expect(try !fitter.fit(narrow).powerLaw.isFlat)
    }

    @Test func veryNoisyDataIsInconclusive() throws {
        for seed in Self.seeds {
            let fit = try fitter.fit(SyntheticSeries.points(.linearWithStartUp, seed: seed, noise: 0.6, repetitions: 5))
            #expect(fit.verdict.complexity == nil, "seed \(seed): \(fit.sentence(noun: "steps"))")
            #expect(fit.sentence(noun: "steps").contains(": inconclusive: "))
        }
    }

    @Test func mixedLinearAndQuadraticGrowthIsNotForcedIntoAClass() throws {
        let mixed = SyntheticLaw(name: "n + n²", truth: .quadratic, exponent: nil) { 1e-6 * $0 + 1e-9 * $0 * $0 }
        let fit = try fitter.fit(SyntheticSeries.points(mixed, seed: 3))
        #expect(fit.verdict.summary == "inconclusive: no single class fits")
    }

    @Test func startUpCostAndPerStepCostAreReportedApart() throws {
        let fit = try fitter.fit(SyntheticSeries.points(.linearWithStartUp, seed: 5))
        let cost = fit.linearCost
        #expect(abs(cost.setupSeconds / (500 * SyntheticLaw.perStep) - 1) < 0.15)
        #expect(abs(cost.perUnitSeconds / SyntheticLaw.perStep - 1) < 0.05)
        // Operations are n, so per operation is per step.
        #expect(cost.perOperationSeconds == cost.perUnitSeconds)
    }

    @Test func perOperationCostDividesByOperationsPerUnit() throws {
        let points = [10, 100, 1000].map { n in
            BenchPoint(n: n, operations: 4 * n, samples: [1e-3 + 4e-6 * Double(n)])
        }
        let cost = try fitter.fit(points).linearCost
        #expect(abs(cost.perUnitSeconds - 4e-6) < 1e-12)
        #expect(abs(try #require(cost.perOperationSeconds) - 1e-6) < 1e-12)
        #expect(abs(cost.setupSeconds - 1e-3) < 1e-12)
    }

    @Test func perOperationCostIsUnknownWhenOperationsDoNotGrowWithN() throws {
        let points = [10, 100, 1000].map { BenchPoint(n: $0, operations: 5, samples: [1e-3]) }
        #expect(try fitter.fit(points).linearCost.perOperationSeconds == nil)
        let unknown = [10, 100, 1000].map { BenchPoint(n: $0, operations: nil, samples: [1e-3 * Double($0)]) }
        #expect(try fitter.fit(unknown).linearCost.perOperationSeconds == nil)
    }

    @Test func exactLinearDataFitsPerfectly() throws {
        let points = [10, 30, 100, 300, 1000].map { BenchPoint(n: $0, operations: $0, samples: [2e-6 * Double($0)]) }
        let fit = try fitter.fit(points)
        #expect(fit.powerLaw.exponent == 1)
        // One repetition per size shows no noise; resamples assume the 0.2% floor.
        #expect(fit.powerLaw.exponentInterval.lowerBound >= 0.99 && fit.powerLaw.exponentInterval.upperBound <= 1.01)
        #expect(fit.verdict == .classified(.linear))
        let linear = try #require(fit.fit(of: .linear))
        #expect(abs(linear.rSquared - 1) < 1e-12)
        #expect(linear.normalizedRMS < 1e-12)
        #expect(fit.fit(of: .constant)?.rSquared == 0)
    }

    @Test func rSquaredIsOneMinusResidualOverTotalOnTheWeightedScale() throws {
        // Medians 1, 2, 4 at n = 1, 2, 3; weights 1, 1/4, 1/16; weighted mean 1.75 / 1.3125 = 4/3.
        let points = [(1, 1.0), (2, 2.0), (3, 4.0)].map { BenchPoint(n: $0.0, operations: nil, samples: [$0.1]) }
        let fit = try fitter.fit(points)
        let linear = try #require(fit.fit(of: .linear))
        let weights = [1.0, 0.25, 0.0625], medians = [1.0, 2, 4], mean = 4.0 / 3
        var residual = 0.0, total = 0.0
        for i in 0..<3 {
            let predicted = linear.predictedSeconds(at: Double(i + 1))
            residual += weights[i] * (medians[i] - predicted) * (medians[i] - predicted)
            total += weights[i] * (medians[i] - mean) * (medians[i] - mean)
        }
        #expect(abs(linear.rSquared - (1 - residual / total)) < 1e-12)
        #expect(linear.setupSeconds >= 0 && linear.coefficient >= 0)
    }

    @Test func sameSeedGivesTheSameInterval() throws {
        let points = SyntheticSeries.points(.linear, seed: 9)
        #expect(try fitter.fit(points) == fitter.fit(points))
    }

    @Test func needsThreeSizesAndPositiveValues() {
        #expect(throws: ComplexityFitError.tooFewSizes(found: 2)) {
            try fitter.fit([BenchPoint(n: 1, operations: 1, samples: [1]), BenchPoint(n: 2, operations: 2, samples: [2])])
        }
        #expect(throws: ComplexityFitError.nonPositiveTime(n: 2, seconds: 0)) {
            try fitter.fit([1, 2, 3].map { BenchPoint(n: $0, operations: $0, samples: [$0 == 2 ? 0 : 1]) })
        }
        #expect(throws: ComplexityFitError.nonPositiveSize(n: 0)) {
            try fitter.fit([0, 2, 3].map { BenchPoint(n: $0, operations: $0, samples: [1]) })
        }
        #expect(ComplexityFitError.tooFewSizes(found: 2).diagnostic.message
            == "only 2 distinct sizes to fit, but at least 3 are needed")
    }
}
