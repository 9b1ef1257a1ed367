import PipelineKit

/// `--quick`, `--sizes`, `--repetitions` and `--seed`: how a benchmark measures.
struct BenchPlanOptions: Equatable, Sendable {
    var quick: Bool
    var sizes: [Int]?
    var repetitions: Int?
    var seed: UInt64

    /// `--quick`.
    static let quick = OptionSpec("quick", help: "A run of a few seconds: fewer sizes and repetitions.")
    /// `--sizes N,N,...`.
    static let sizes = OptionSpec("sizes", .value("N,N,..."), help: "The sizes to measure, e.g. 10,100,1000.")
    /// `--repetitions N`.
    static let repetitions = OptionSpec("repetitions", .value("N"), help: "Measured repetitions per size (at least 5).")
    /// `--seed S`.
    static let seed = OptionSpec("seed", .value("S"), help: "Random seed for the order sizes are visited in and for the bootstrap.")
    /// The four, in the order `bench --help` lists them.
    static let specs: [OptionSpec] = [quick, sizes, repetitions, seed]

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        quick = arguments[Self.quick]
        if let text = arguments.value(of: Self.sizes) {
            let parts = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count >= 3, parts.allSatisfy({ ($0 ?? 0) > 0 }) else {
                throw .invalidOptionValue(option: "--sizes", value: text, allowed: ["three or more positive whole numbers, e.g. 10,100,1000"])
            }
            sizes = parts.compactMap { $0 }
        }
        if let text = arguments.value(of: Self.repetitions) {
            guard let count = Int(text), count >= MeasurementPlan.minimumRepetitions else {
                throw .invalidOptionValue(option: "--repetitions", value: text, allowed: ["a whole number of at least \(MeasurementPlan.minimumRepetitions)"])
            }
            repetitions = count
        }
        let seedText = arguments.value(of: Self.seed) ?? "1"
        guard let seed = UInt64(seedText) else { throw .invalidOptionValue(option: "--seed", value: seedText, allowed: ["a whole number"]) }
        self.seed = seed
    }

    /// The measurement plan for one workload.
    func plan(for workload: BenchWorkload) -> MeasurementPlan {
        var plan = (quick ? MeasurementPlan.quick : .standard).with(sizes: sizes ?? workload.sizes(quick: quick))
        if let repetitions {
            plan.repetitions = repetitions
            plan.maximumRepetitions = max(plan.maximumRepetitions, repetitions)
        }
        plan.seed = seed
        return plan
    }
}
