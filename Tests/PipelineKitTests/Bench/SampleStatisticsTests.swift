import Testing
@testable import PipelineKit

@Suite struct SampleStatisticsTests {
    @Test func medianOfOddCountIsTheMiddleValue() {
        #expect(SampleStatistics([5, 1, 3]).median == 3)
    }

    @Test func medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
        #expect(SampleStatistics([4, 1, 3, 2]).median == 2.5)
    }

    @Test func summarizesExtremesMeanAndMAD() {
        let statistics = SampleStatistics([1, 2, 3, 4, 100])
        #expect(statistics.minimum == 1)
        #expect(statistics.maximum == 100)
        #expect(statistics.mean == 22)
        // Deviations from the median 3: 2, 1, 0, 1, 97 → median 1.
        #expect(statistics.medianAbsoluteDeviation == 1)
    }

    @Test func flagsSamplesMoreThanFifteenMADsAway() {
        let statistics = SampleStatistics([10, 11, 9, 10, 12, 8, 10, 26, 25])
        // Median 10, MAD 1: 26 is 16 MADs away, 25 is exactly 15 (not more).
        #expect(statistics.outlierFlags == [false, false, false, false, false, false, false, true, false])
        #expect(statistics.outlierCount == 1)
    }

    @Test func zeroMADFlagsExactlyTheSamplesOffTheMedian() {
        let statistics = SampleStatistics([2, 2, 2, 2, 3])
        #expect(statistics.medianAbsoluteDeviation == 0)
        #expect(statistics.outlierFlags == [false, false, false, false, true])
    }

    @Test func identicalSamplesHaveNoOutliers() {
        let statistics = SampleStatistics([0.5, 0.5, 0.5])
        #expect(statistics.outlierCount == 0)
        #expect(statistics.medianAbsoluteDeviation == 0)
    }

    @Test func singleSampleIsItsOwnSummary() {
        let statistics = SampleStatistics([0.25])
        #expect(statistics.median == 0.25 && statistics.minimum == 0.25 && statistics.maximum == 0.25)
        #expect(statistics.outlierCount == 0)
    }

    @Test func pointKeepsOutliersAndReportsThem() {
        let point = BenchPoint(n: 10, operations: 40, samples: [1, 1.1, 0.9, 1, 9])
        #expect(point.samples.count == 5)
        #expect(point.outliers == [9])
        #expect(point.secondsPerOperation == 1.0 / 40)
    }
}
