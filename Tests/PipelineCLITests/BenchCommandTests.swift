import Foundation
import Testing
@testable import PipelineCLI
@testable import PipelineKit

@Suite struct BenchCommandTests {
    @Test func jsonHasTheDocumentedShape() throws {
        let outcome = CLIHarness.run(["bench", "overhead", "--sizes", "10,20,40", "--repetitions", "5", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
        #expect(json["workload"] as? String == "overhead")
        let points = try #require(json["points"] as? [[String: Any]])
        #expect(points.map { $0["n"] as? Int } == [10, 20, 40])
        #expect(points.map { $0["operations"] as? Int } == [10, 20, 40])
        for key in ["median_seconds", "min_seconds", "max_seconds"] { #expect(points.allSatisfy { $0[key] is Double }) }
        let fit = try #require(json["fit"] as? [String: Any])
        for key in ["class", "runner_up", "stability", "evidence", "exponent", "exponent_ci", "r2"] {
            #expect(fit.keys.contains(key), "missing \(key)")
        }
        let evidence = try #require(fit["evidence"] as? [String: Any])
        for key in ["bic_gap", "noise", "busy", "size_span", "upper_slope"] { #expect(evidence.keys.contains(key), "missing \(key)") }
        // 10 to 40 is too narrow a range: the verdict says so and suggests sizes.
        #expect(fit["class"] is NSNull)
        #expect((fit["verdict"] as? String)?.hasSuffix("inconclusive: the sizes span too narrow a range") == true)
        #if DEBUG
        #expect(json["build"] as? String == "debug")
        #else
        #expect(json["build"] as? String == "release")
        #endif
        // The times are the thread's CPU time, with the wall times of the same repetitions beside them.
        #expect(json["clock"] as? String == "thread-cpu")
        #expect(try #require(json["wall_to_cpu"] as? Double) >= 0.9)
        #expect(json["busy_machine"] is Bool)
        #expect(points.allSatisfy { ($0["wall_samples_seconds"] as? [Double])?.count == ($0["samples_seconds"] as? [Double])?.count })
    }

    @Test func theTextSaysWhichTimeIsMeasured() {
        let outcome = CLIHarness.run(["bench", "overhead", "--sizes", "10,100,1000", "--repetitions", "5"])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains("Times: CPU time of the measuring thread per run, which other processes do not inflate (wall time was "),
                "\(outcome.out)")
    }

    @Test func aParameterCostWithinTheNoiseIsTooSmallToMeasure() throws {
        // 1 to 1000 parameters: the time moves by 2 µs, within the repetitions' 20 µs spread.
        let points = [1, 10, 100, 1000].map { n in
            BenchPoint(n: n, operations: 8, samples: [1e-3, 1.02e-3, 0.98e-3, 1.01e-3, 0.99e-3].map { $0 + 2e-9 * Double(n) })
        }
        let report = try BenchReport(workload: "params", noun: "parameters", points: points, fitter: ComplexityFitter(resamples: 20))
        #expect(BenchOutput.parameterCost(report) == """
            Resolving the parameters costs too little to measure at these sizes: from 1 to 1000 parameters the time \
            changed by less than its own noise (59.3 µs), next to 1.00 ms for the steps' work. Parameters configure \
            steps; they do not repeat them.


            """)
        let costly = [1, 10, 100, 1000].map { n in BenchPoint(n: n, operations: 8, samples: [1e-3 + 1e-6 * Double(n)]) }
        let measured = try BenchReport(workload: "params", noun: "parameters", points: costly, fitter: ComplexityFitter(resamples: 20))
        #expect(BenchOutput.parameterCost(measured).hasPrefix("Resolving the parameters is O(P) but small: about 1.00 µs per parameter"))
    }

    @Test func aDebugBuildSaysSoInItsHeader() {
        let outcome = CLIHarness.run(["bench", "overhead", "--sizes", "10,100,1000", "--repetitions", "5"])
        #expect(outcome.status == 0, "\(outcome.err)")
        #if DEBUG
        #expect(outcome.out.hasPrefix("Measured with a debug build: timings are 10–25× those of a release build."))
        #else
        #expect(!outcome.out.contains("debug build"))
        #endif
        #expect(outcome.out.contains("ratio: time at this size ÷ time at the previous size"))
        #expect(outcome.out.contains("median time per run against the number of steps (log-log)"))
    }

    @Test func svgPathsNameEachWorkload() {
        #expect(BenchCommand.svgPath("out/chart.svg", workload: "steps") == "out/chart-steps.svg")
        #expect(BenchCommand.svgPath("chart", workload: "models") == "chart-models.svg")
    }

    @Test func markdownHasOneHeadingPerWorkload() {
        let outcome = CLIHarness.run(["bench", "overhead", "--sizes", "10,20,40", "--repetitions", "5", "--format", "markdown"])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.components(separatedBy: "### overhead").count == 2, "\(outcome.out)")
        #expect(outcome.out.contains("| ---: |"))
    }

    @Test func parallelReportSaysWhenMoreWorkersDidNotPayOff() {
        let rows = [ParallelReport.Row(n: 16, workers: 1, medianSeconds: 0.001, speedup: 1),
                    ParallelReport.Row(n: 16, workers: 2, medianSeconds: 0.0015, speedup: 0.67),
                    ParallelReport.Row(n: 64, workers: 1, medianSeconds: 0.004, speedup: 1),
                    ParallelReport.Row(n: 64, workers: 2, medianSeconds: 0.0022, speedup: 1.8)]
        let slow = ParallelReport(rows: rows, cores: 2, platformSteps: 12, platformCriticalPath: 6).text(width: 100)
        #expect(slow.contains("At n = 16 the whole run takes 1.00 ms on one worker"), "\(slow)")
        let fast = ParallelReport(rows: Array(rows.suffix(2)), cores: 2, platformSteps: 12, platformCriticalPath: 6).text(width: 100)
        #expect(!fast.contains("too little work"))
        #expect(fast.contains("critical path) is 6 steps"))
    }

    @Test func fitsAUsersTimings() throws {
        let directory = try CLIHarness.temporaryDirectory()
        var csv = "n,seconds\n"
        for n in [10, 30, 100, 300, 1000] {
            for repetition in 0..<5 { csv += "\(n),\(Double(n) * 0.001 * (1 + Double(repetition) * 0.01))\n" }
        }
        try csv.write(to: directory.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
        let outcome = CLIHarness.run(["bench", "fit", "t.csv"], directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains("linear, O(n)"))
        // A plain file names no noun: the chart is "against n", and no clock is claimed.
        #expect(outcome.out.contains("median time per run against n (log-log)"), "\(outcome.out)")
        #expect(!outcome.out.contains("number of n"))
        #expect(outcome.out.contains(" per unit of n (from the O(n) fit)"), "\(outcome.out)")
        #expect(!outcome.out.contains("Times:"))
    }

    @Test func badInputExits2() throws {
        #expect(CLIHarness.run(["bench", "stepz"]).status == 2)
        #expect(CLIHarness.run(["bench", "steps", "--sizes", "10,x"]).status == 2)
        #expect(CLIHarness.run(["bench", "steps", "--repetitions", "2"]).status == 2)
        let missing = CLIHarness.run(["bench", "fit", "nope.csv"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("nope.csv"))
    }
}
