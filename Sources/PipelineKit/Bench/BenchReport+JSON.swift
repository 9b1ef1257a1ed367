import Foundation

extension BenchReport {
    /// The report as pretty-printed JSON with sorted keys:
    ///
    /// ```
    /// {"workload": "steps", "noun": "steps", "build": "release", "debug" or null (timings from a file),
    ///  "clock": "thread-cpu", "wall" or null (timings from a file), "wall_to_cpu", "busy_machine",
    ///  "points": [{"n", "operations", "median_seconds", "min_seconds", "max_seconds", "mad_seconds",
    ///              "mean_seconds", "outliers", "samples_seconds", "seconds_per_operation",
    ///              "remeasured_spread", "wall_median_seconds", "wall_samples_seconds"}],
    ///  "fit": {"class", "best_class", "runner_up", "stability", "conclusive", "verdict", "explanation",
    ///          "exponent", "exponent_ci", "confidence", "doubling_ratio", "doubling_ratio_ci", "flat", "r2",
    ///          "normalized_rms", "setup_seconds", "per_unit_seconds", "per_operation_seconds",
    ///          "evidence": {"bic_gap", "noise", "location_noise", "busy", "size_span", "upper_slope",
    ///                       "upper_slope_ci", "upper_sizes"}},
    ///  "classes": [{"class", "name", "setup_seconds", "coefficient", "r2", "normalized_rms", "bic", "best"}]}
    /// ```
    /// `fit.class` is `null` when the verdict is inconclusive (`best_class` and `runner_up` still
    /// name the two lowest BICs); `stability` is the share (0–1) of bootstrap resamples whose best
    /// class is `best_class`; `explanation` is the verdict's second line; `operations` is `null`
    /// when unknown; `remeasured_spread` is `null` unless the size was measured twice. Every time
    /// and the fit are on `clock`; with `thread-cpu`, `wall_samples_seconds` are the wall times
    /// of the same repetitions, `wall_to_cpu` is their total over the CPU times' total and
    /// `busy_machine` says whether it was above 1.15 (other processes took the core); these are
    /// `null` (and `busy_machine` false) otherwise.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(JSONReport(self)), let text = String(data: data, encoding: .utf8) else {
            return "{}\n"
        }
        return text + "\n"
    }
}

/// The JSON shape of a report; keys as `BenchReport.json()` documents them.
private struct JSONReport: Encodable {
    struct Point: Encodable {
        let point: BenchPoint

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            let statistics = point.statistics
            try container.encode(point.n, forKey: "n")
            try container.encode(point.operations, forKey: "operations")
            try container.encode(statistics.median, forKey: "median_seconds")
            try container.encode(statistics.minimum, forKey: "min_seconds")
            try container.encode(statistics.maximum, forKey: "max_seconds")
            try container.encode(statistics.medianAbsoluteDeviation, forKey: "mad_seconds")
            try container.encode(statistics.mean, forKey: "mean_seconds")
            try container.encode(statistics.outlierCount, forKey: "outliers")
            try container.encode(point.samples, forKey: "samples_seconds")
            try container.encode(point.secondsPerOperation, forKey: "seconds_per_operation")
            try container.encode(point.remeasuredSpread, forKey: "remeasured_spread")
            try container.encode(point.wallMedianSeconds, forKey: "wall_median_seconds")
            try container.encode(point.wallSamples, forKey: "wall_samples_seconds")
        }
    }

    struct Fit: Encodable {
        let fit: ComplexityFit, sentence: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            let power = fit.powerLaw, chosen = fit.verdict.complexity.flatMap(fit.fit(of:)) ?? fit.bestClass
            try container.encode(fit.verdict.complexity?.symbol, forKey: "class")
            try container.encode(fit.bestClass.complexity.symbol, forKey: "best_class")
            try container.encode(fit.runnerUp.complexity.symbol, forKey: "runner_up")
            try container.encode(fit.stability, forKey: "stability")
            try container.encode(Evidence(evidence: fit.evidence), forKey: "evidence")
            try container.encode(fit.verdict.complexity != nil, forKey: "conclusive")
            try container.encode(sentence, forKey: "verdict")
            try container.encode(fit.reading, forKey: "explanation")
            try container.encode(power.exponent, forKey: "exponent")
            try container.encode([power.exponentInterval.lowerBound, power.exponentInterval.upperBound], forKey: "exponent_ci")
            try container.encode(power.confidenceLevel, forKey: "confidence")
            try container.encode(power.doublingRatio, forKey: "doubling_ratio")
            try container.encode([power.doublingRatioInterval.lowerBound, power.doublingRatioInterval.upperBound],
                                 forKey: "doubling_ratio_ci")
            try container.encode(power.isFlat, forKey: "flat")
            try container.encode(chosen.rSquared, forKey: "r2")
            try container.encode(chosen.normalizedRMS, forKey: "normalized_rms")
            try container.encode(fit.linearCost.setupSeconds, forKey: "setup_seconds")
            try container.encode(fit.linearCost.perUnitSeconds, forKey: "per_unit_seconds")
            try container.encode(fit.linearCost.perOperationSeconds, forKey: "per_operation_seconds")
        }
    }

    struct Evidence: Encodable {
        let evidence: FitEvidence

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(evidence.bicGap, forKey: "bic_gap")
            try container.encode(evidence.noise, forKey: "noise")
            try container.encode(evidence.locationNoise, forKey: "location_noise")
            try container.encode(evidence.isBusy, forKey: "busy")
            try container.encode(evidence.sizeSpan, forKey: "size_span")
            try container.encode(evidence.upperSlope, forKey: "upper_slope")
            try container.encode([evidence.upperSlopeInterval.lowerBound, evidence.upperSlopeInterval.upperBound],
                                 forKey: "upper_slope_ci")
            try container.encode(evidence.upperSizes, forKey: "upper_sizes")
        }
    }

    struct Class: Encodable {
        let fit: ClassFit, best: Bool

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(fit.complexity.symbol, forKey: "class")
            try container.encode(fit.complexity.name, forKey: "name")
            try container.encode(fit.setupSeconds, forKey: "setup_seconds")
            try container.encode(fit.coefficient, forKey: "coefficient")
            try container.encode(fit.rSquared, forKey: "r2")
            try container.encode(fit.normalizedRMS, forKey: "normalized_rms")
            try container.encode(fit.bic, forKey: "bic")
            try container.encode(best, forKey: "best")
        }
    }

    struct Key: CodingKey, ExpressibleByStringLiteral {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        init(stringLiteral value: String) { stringValue = value }
    }

    let workload: String, noun: String, build: String?, clock: String?, points: [Point], fit: Fit, classes: [Class]
    let wallToCPU: Double?, busyMachine: Bool

    enum CodingKeys: String, CodingKey {
        case workload, noun, build, clock, points, fit, classes
        case wallToCPU = "wall_to_cpu", busyMachine = "busy_machine"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(workload, forKey: .workload)
        try container.encode(noun, forKey: .noun)
        try container.encode(build, forKey: .build)
        try container.encode(clock, forKey: .clock)
        try container.encode(wallToCPU, forKey: .wallToCPU)
        try container.encode(busyMachine, forKey: .busyMachine)
        try container.encode(points, forKey: .points)
        try container.encode(fit, forKey: .fit)
        try container.encode(classes, forKey: .classes)
    }

    init(_ report: BenchReport) {
        workload = report.workload
        build = report.build?.rawValue
        clock = report.clock?.rawValue
        wallToCPU = report.wallToCPURatio
        busyMachine = report.machineWasBusy
        noun = report.noun
        points = report.points.map(Point.init)
        fit = Fit(fit: report.fit, sentence: report.verdictSentence)
        classes = report.fit.classes.map { Class(fit: $0, best: $0.complexity == report.fit.bestClass.complexity) }
    }
}
