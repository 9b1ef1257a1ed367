import Foundation

extension BenchReport {
    /// The report as JSON, keys sorted:
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
    /// `null` (and `busy_machine` false) otherwise. A number that is not finite is `null`.
    public func json() -> String {
        jsonValue.rendered() + "\n"
    }

    /// The report as a JSON value, for documents that hold several reports.
    public var jsonValue: JSONValue {
        // Keys in alphabetical order, as the report has always listed them.
        .object([
            ("build", build.map { .string($0.rawValue) } ?? .null),
            ("busy_machine", .bool(machineWasBusy)),
            ("classes", .array(fit.classes.map { json(of: $0, best: $0.complexity == fit.bestClass.complexity) })),
            ("clock", clock.map { .string($0.rawValue) } ?? .null),
            ("fit", fitJSON),
            ("noun", .string(noun)),
            ("points", .array(points.map(json(of:)))),
            ("wall_to_cpu", wallToCPURatio.map(JSONValue.number) ?? .null),
            ("workload", .string(workload)),
        ])
    }

    private func json(of point: BenchPoint) -> JSONValue {
        let statistics = point.statistics
        let wallSamples: JSONValue = point.wallSamples.map { .array($0.map(JSONValue.number)) } ?? .null
        return .object([
            ("mad_seconds", .number(statistics.medianAbsoluteDeviation)),
            ("max_seconds", .number(statistics.maximum)),
            ("mean_seconds", .number(statistics.mean)),
            ("median_seconds", .number(statistics.median)),
            ("min_seconds", .number(statistics.minimum)),
            ("n", .integer(point.n)),
            ("operations", point.operations.map(JSONValue.integer) ?? .null),
            ("outliers", .integer(statistics.outlierCount)),
            ("remeasured_spread", point.remeasuredSpread.map(JSONValue.number) ?? .null),
            ("samples_seconds", .array(point.samples.map(JSONValue.number))),
            ("seconds_per_operation", .number(point.secondsPerOperation)),
            ("wall_median_seconds", point.wallMedianSeconds.map(JSONValue.number) ?? .null),
            ("wall_samples_seconds", wallSamples),
        ])
    }

    private var fitJSON: JSONValue {
        let power = fit.powerLaw, chosen = fit.verdict.complexity.flatMap(fit.fit(of:)) ?? fit.bestClass
        return .object([
            ("best_class", .string(fit.bestClass.complexity.symbol)),
            ("class", fit.verdict.complexity.map { .string($0.symbol) } ?? .null),
            ("conclusive", .bool(fit.verdict.complexity != nil)),
            ("confidence", .number(power.confidenceLevel)),
            ("doubling_ratio", .number(power.doublingRatio)),
            ("doubling_ratio_ci", .interval(power.doublingRatioInterval)),
            ("evidence", evidenceJSON),
            ("explanation", .string(fit.reading)),
            ("exponent", .number(power.exponent)),
            ("exponent_ci", .interval(power.exponentInterval)),
            ("flat", .bool(power.isFlat)),
            ("normalized_rms", .number(chosen.normalizedRMS)),
            ("per_operation_seconds", fit.linearCost.perOperationSeconds.map(JSONValue.number) ?? .null),
            ("per_unit_seconds", .number(fit.linearCost.perUnitSeconds)),
            ("r2", .number(chosen.rSquared)),
            ("runner_up", .string(fit.runnerUp.complexity.symbol)),
            ("setup_seconds", .number(fit.linearCost.setupSeconds)),
            ("stability", .number(fit.stability)),
            ("verdict", .string(verdictSentence)),
        ])
    }

    private var evidenceJSON: JSONValue {
        let evidence = fit.evidence
        return .object([
            ("bic_gap", .number(evidence.bicGap)),
            ("busy", .bool(evidence.isBusy)),
            ("location_noise", .number(evidence.locationNoise)),
            ("noise", .number(evidence.noise)),
            ("size_span", .number(evidence.sizeSpan)),
            ("upper_sizes", .array(evidence.upperSizes.map(JSONValue.integer))),
            ("upper_slope", .number(evidence.upperSlope)),
            ("upper_slope_ci", .interval(evidence.upperSlopeInterval)),
        ])
    }

    private func json(of fitted: ClassFit, best: Bool) -> JSONValue {
        .object([
            ("best", .bool(best)),
            ("bic", .number(fitted.bic)),
            ("class", .string(fitted.complexity.symbol)),
            ("coefficient", .number(fitted.coefficient)),
            ("name", .string(fitted.complexity.name)),
            ("normalized_rms", .number(fitted.normalizedRMS)),
            ("r2", .number(fitted.rSquared)),
            ("setup_seconds", .number(fitted.setupSeconds)),
        ])
    }
}

private extension JSONValue {
    /// A confidence interval as `[lower, upper]`.
    static func interval(_ range: ClosedRange<Double>) -> JSONValue {
        .array([.number(range.lowerBound), .number(range.upperBound)])
    }
}
