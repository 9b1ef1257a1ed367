import Foundation
import Testing
@testable import PipelineKit

@Suite struct BenchReportTests {
    static let points = [
        BenchPoint(n: 10, operations: 10, samples: [1e-5, 1.1e-5, 0.9e-5]),
        BenchPoint(n: 100, operations: 100, samples: [1e-4, 1.2e-4, 0.8e-4]),
        BenchPoint(n: 1000, operations: 1000, samples: [1e-3, 1.05e-3, 0.95e-3]),
    ]

    private func report(workload: String = "steps", points: [BenchPoint] = Self.points) throws -> BenchReport {
        try BenchReport(workload: workload, noun: "steps", points: points, fitter: ComplexityFitter(resamples: 50))
    }

    @Test(arguments: zip(
        [812e-9, 1.234e-6, 999.96e-9, 45.6e-3, 2.1, 0, 12.5e-9, 3600.0],
        ["812 ns", "1.23 µs", "1.00 µs", "45.6 ms", "2.10 s", "0 s", "12.5 ns", "3600 s"]))
    func formatsDurationsInHumanUnits(seconds: Double, text: String) {
        #expect(TimeFormat.human(seconds) == text)
    }

    @Test func tickLabelsDropTrailingZeros() {
        #expect(TimeFormat.tick(2e-3) == "2 ms")
        #expect(TimeFormat.tick(1.5e-6) == "1.5 µs")
        #expect(TimeFormat.tick(300e-9) == "300 ns")
    }

    @Test func tableIsAlignedWithHumanUnitsAndRatios() throws {
        #expect(try report().table() == """
               n  operations   median          min–max  per operation   ratio  linear law
            ----  ----------  -------  ---------------  -------------  ------  ----------
              10          10  10.0 µs  9.00 µs–11.0 µs        1.00 µs       —           —
             100         100   100 µs   80.0 µs–120 µs        1.00 µs  ×10.00      ×10.00
            1000        1000  1.00 ms   950 µs–1.05 ms        1.00 µs  ×10.00      ×10.00

            """)
    }

    @Test func textEndsWithTheVerdictAndTheCosts() throws {
        let text = try report().text()
        let lines = text.split(separator: "\n").suffix(3).map(String.init)
        #expect(lines[0].hasPrefix("doubling the steps multiplies time by ×"))
        #expect(lines[1].hasPrefix("linear in ") && lines[1].contains("% of bootstrap resamples; runner-up "))
        #expect((lines[2].hasPrefix("fixed set-up ") || lines[2].hasPrefix("no fixed set-up cost, then "))
            && lines[2].hasSuffix(" per step (from the O(n) fit)"), "\(lines[2])")
        #expect(text.contains("\n" + BenchReport.legend))
        #expect(try !report().text(legend: false).contains("ratio: time at this size ÷ time at the previous size"))
    }

    @Test func markdownHasATableWithRightAlignedColumns() throws {
        let lines = try report().markdown().split(separator: "\n").map(String.init)
        #expect(lines[0] == "### steps")
        #expect(lines[1] == "| n | operations | median | min–max | per operation | ratio | linear law |")
        #expect(lines[2] == "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        #expect(lines[3] == "| 10 | 10 | 10.0 µs | 9.00 µs–11.0 µs | 1.00 µs | — | — |")
        #expect(lines.contains { $0.hasPrefix("**doubling the steps multiplies time by") })
    }

    @Test func csvQuotesFieldsWithCommasQuotesAndLineBreaks() throws {
        let lines = try report(workload: "chain, \"long\"").csv().split(separator: "\n").map(String.init)
        #expect(lines[0] == "workload,n,operations,median_seconds,min_seconds,max_seconds,mad_seconds,mean_seconds,"
            + "outliers,repetitions,seconds_per_operation,clock,wall_median_seconds")
        #expect(lines[1].hasPrefix("\"chain, \"\"long\"\"\",10,10,1e-05,9e-06,1.1e-05,"))
        #expect(lines.count == 4)
        #expect(BenchReport.csvField("plain") == "plain")
        #expect(BenchReport.csvField("two\nlines") == "\"two\nlines\"")
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let data = Data(try report().json().utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["workload"] as? String == "steps")
        let points = try #require(root["points"] as? [[String: Any]])
        #expect(points.count == 3)
        for key in ["n", "operations", "median_seconds", "min_seconds", "max_seconds", "mad_seconds", "outliers"] {
            #expect(points[0][key] != nil, "points[0].\(key)")
        }
        #expect(points[1]["n"] as? Int == 100)
        #expect(points[1]["median_seconds"] as? Double == 1e-4)
        let fit = try #require(root["fit"] as? [String: Any])
        #expect(fit["class"] as? String == "O(n)")
        #expect((fit["exponent_ci"] as? [Double])?.count == 2)
        for key in ["exponent", "r2", "setup_seconds", "per_operation_seconds"] {
            #expect(fit[key] is Double, "fit.\(key)")
        }
        #expect((fit["verdict"] as? String)?.hasSuffix(": linear, O(n)") == true)
        let classes = try #require(root["classes"] as? [[String: Any]])
        #expect(classes.map { $0["class"] as? String } == ComplexityClass.allCases.map(\.symbol))
    }

    @Test func jsonClassIsNullWhenInconclusive() throws {
        let noisy = SyntheticSeries.points(.linearWithStartUp, seed: 2, noise: 0.6, repetitions: 5)
        let json = try report(points: noisy).json()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let fit = try #require(root["fit"] as? [String: Any])
        #expect(fit["class"] is NSNull)
        #expect(fit["conclusive"] as? Bool == false)
        #expect(fit["best_class"] is String)
    }

    @Test func jsonKeysAreSorted() throws {
        let json = try report().json()
        let workload = try #require(json.range(of: "\"workload\""))
        let classes = try #require(json.range(of: "\"classes\""))
        #expect(classes.lowerBound < workload.lowerBound)
    }
}

extension BenchReportTests {
    @Test func costsAreLeftOutOfTheTextWhenTheGrowthIsNotLinear() throws {
        let quadratic = SyntheticSeries.points(.quadratic, seed: 1)
        let text = try BenchReport(workload: "reads", noun: "steps", points: quadratic,
                                   fitter: ComplexityFitter(resamples: 50)).text()
        #expect(text.contains("quadratic, O(n²)"))
        #expect(!text.contains("fixed set-up"))
    }
}
