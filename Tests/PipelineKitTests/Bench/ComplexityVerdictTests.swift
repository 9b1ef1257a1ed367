import Foundation
import Testing
@testable import PipelineKit

@Suite struct ComplexityVerdictTests {
    private func fit(exponent: Double, interval: ClosedRange<Double>, verdict: ComplexityVerdict,
                     stability: Double = 0.97, busy: Bool = false) -> ComplexityFit {
        let power = PowerLawFit(setupSeconds: 0, coefficient: 1e-6, fittedExponent: exponent, exponent: exponent,
                                exponentInterval: interval,
                                confidenceLevel: 0.95, isFlat: false, rSquared: 1)
        let linear = ClassFit(complexity: .linear, setupSeconds: 0, coefficient: 1e-6, rSquared: 1, normalizedRMS: 0.009, bic: 0)
        let linearithmic = ClassFit(complexity: .linearithmic, setupSeconds: 0, coefficient: 1e-7, rSquared: 0.9,
                                    normalizedRMS: 0.041, bic: 30)
        let evidence = FitEvidence(bicGap: 30, noise: busy ? 0.4 : 0.03, locationNoise: 0.01, isBusy: busy, sizeSpan: 100,
                                   upperSlope: 1, upperSlopeInterval: 0.98...1.02, upperSizes: [100, 300, 1000])
        return ComplexityFit(powerLaw: power, classes: [linear, linearithmic], bestClass: linear, runnerUp: linearithmic,
                             stability: stability, evidence: evidence,
                             linearCost: LinearCost(setupSeconds: 0, perUnitSeconds: 1e-6, perOperationSeconds: 1e-6),
                             verdict: verdict)
    }

    @Test func linearSentenceReadsAsTheIssueShowsIt() {
        let linear = fit(exponent: log2(2.01), interval: log2(1.97)...log2(2.05), verdict: .classified(.linear))
        #expect(linear.sentence(noun: "steps")
            == "doubling the steps multiplies time by ×2.01 (95% CI 1.97–2.05): linear, O(n)")
        #expect(linear.reading
            == "linear in 97% of bootstrap resamples; runner-up n log n misses the times by 4.1% on average, linear by 0.9%.")
    }

    @Test func aBusyMachineIsNamedBesideTheClass() {
        let busy = fit(exponent: 1, interval: 0.9...1.1, verdict: .classified(.linear), stability: 0.99, busy: true)
        #expect(busy.reading.hasSuffix("; the machine was busy (repetitions spread 40%), so the verdict may be unreliable."))
    }

    @Test(arguments: zip(
        ComplexityClass.allCases,
        ["constant, O(1)", "logarithmic, O(log n)", "linear, O(n)", "n log n, O(n log n)", "quadratic, O(n²)", "cubic, O(n³)"]))
    func everyClassHasItsWords(complexity: ComplexityClass, summary: String) {
        #expect(ComplexityVerdict.classified(complexity).summary == summary)
    }

    @Test func aNearTieNamesBothClassesAndSuggestsSizes() {
        let tie = fit(exponent: log2(2.1), interval: log2(1.9)...log2(2.3),
                      verdict: .inconclusive(.classesTooClose(best: .linearithmic, runnerUp: .linear, suggestedLargestSize: 30000)),
                      stability: 0.61)
        #expect(tie.sentence(noun: "models")
            == "doubling the models multiplies time by ×2.10 (95% CI 1.90–2.30): inconclusive: between O(n) and O(n log n)")
        #expect(tie.reading == "O(n) wins in 61% of bootstrap resamples. O(n) and O(n log n) fit these times about equally "
            + "well; measure sizes up to 30000 (10× larger) to tell them apart.")
    }

    @Test func everyReasonExplainsItself() {
        let reasons: [ComplexityVerdict.InconclusiveReason] = [
            .sizesTooNarrow(span: 4, suggestedLargestSize: 400),
            .noClassFits(closest: .linearithmic, normalizedRMS: 0.22),
            .machineBusy(spread: 0.4, best: .linearithmic, runnerUp: .linear),
            .classesTooClose(best: .cubic, runnerUp: .quadratic, suggestedLargestSize: 3000),
        ]
        let summaries = reasons.map { ComplexityVerdict.inconclusive($0).summary }
        #expect(summaries == ["inconclusive: the sizes span too narrow a range", "inconclusive: no single class fits",
                              "inconclusive: the machine was busy (O(n) and O(n log n) fit about as well)",
                              "inconclusive: between O(n²) and O(n³)"])
        #expect(ComplexityVerdict.inconclusive(reasons[0]).explanation
            == "The largest size is only 4.0× the smallest, too narrow a range to separate the classes; measure sizes over at least a decade, up to 400 if you can.")
        #expect(ComplexityVerdict.inconclusive(reasons[1]).explanation
            == "Even the closest class, O(n log n), misses the times by 22% on average; the time mixes growth rates over these sizes.")
        #expect(ComplexityVerdict.inconclusive(reasons[2]).explanation
            == "The machine was busy: the repetitions of a size spread 40%; a verdict would be unreliable. Measure again when the machine is quieter.")
        #expect(ComplexityVerdict.classified(.linear).explanation == nil)
    }
}
