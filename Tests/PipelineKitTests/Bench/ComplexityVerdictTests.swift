import Foundation
import Testing
@testable import PipelineKit

@Suite struct ComplexityVerdictTests {
    private func fit(exponent: Double, interval: ClosedRange<Double>, verdict: ComplexityVerdict) -> ComplexityFit {
        let power = PowerLawFit(setupSeconds: 0, coefficient: 1e-6, fittedExponent: exponent, exponent: exponent,
                                exponentInterval: interval,
                                confidenceLevel: 0.95, isFlat: false, rSquared: 1)
        let linear = ClassFit(complexity: .linear, setupSeconds: 0, coefficient: 1e-6, rSquared: 1, normalizedRMS: 0, bic: 0)
        return ComplexityFit(powerLaw: power, classes: [linear], bestClass: linear,
                             linearCost: LinearCost(setupSeconds: 0, perUnitSeconds: 1e-6, perOperationSeconds: 1e-6),
                             verdict: verdict)
    }

    @Test func linearSentenceReadsAsTheIssueShowsIt() {
        let linear = fit(exponent: log2(2.01), interval: log2(1.97)...log2(2.05), verdict: .classified(.linear))
        #expect(linear.sentence(noun: "steps")
            == "doubling the steps multiplies time by ×2.01 (95% CI 1.97–2.05): linear, O(n)")
    }

    @Test(arguments: zip(
        ComplexityClass.allCases,
        ["constant, O(1)", "logarithmic, O(log n)", "linear, O(n)", "n log n, O(n log n)", "quadratic, O(n²)", "cubic, O(n³)"]))
    func everyClassHasItsWords(complexity: ComplexityClass, summary: String) {
        #expect(ComplexityVerdict.classified(complexity).summary == summary)
    }

    @Test func inconclusiveSentenceSaysTooNoisy() {
        let noisy = fit(exponent: log2(1.62), interval: log2(1.05)...log2(3.9),
                        verdict: .inconclusive(.exponentIntervalTooWide(width: 1.9)))
        #expect(noisy.sentence(noun: "models")
            == "doubling the models multiplies time by ×1.62 (95% CI 1.05–3.90): inconclusive: too noisy")
        #expect(noisy.verdict.explanation
            == "The exponent's confidence interval is 1.90 wide, so it spans more than one class; measure more repetitions or larger sizes.")
    }

    @Test func everyReasonExplainsItself() {
        let reasons: [ComplexityVerdict.InconclusiveReason] = [
            .exponentIntervalTooWide(width: 0.7),
            .noClassFits(closest: .linearithmic, normalizedRMS: 0.22),
            .classesTooClose(best: .linear, runnerUp: .linearithmic),
            .exponentDisagrees(best: .quadratic, interval: 1.2...1.4),
        ]
        let summaries = reasons.map { ComplexityVerdict.inconclusive($0).summary }
        #expect(summaries == ["inconclusive: too noisy", "inconclusive: no single class fits",
                              "inconclusive: too noisy", "inconclusive: too noisy"])
        #expect(ComplexityVerdict.inconclusive(reasons[1]).explanation
            == "Even the closest class, O(n log n), misses the medians by 22% on average; the time mixes growth rates over these sizes.")
        #expect(ComplexityVerdict.inconclusive(reasons[2]).explanation
            == "O(n) fits only slightly better than O(n log n); measure more repetitions or a wider range of sizes to tell them apart.")
        #expect(ComplexityVerdict.classified(.linear).explanation == nil)
    }
}
