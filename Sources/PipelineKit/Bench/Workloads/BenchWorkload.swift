/// What `pipeline bench` can measure, each run through the real engine on pipelines built in
/// memory: no files, no sleeping, no made-up timings.
public enum BenchWorkload: String, CaseIterable, Sendable {
    /// One pipeline of n chained steps, each one training epoch (the step-by-step lesson's steps grown to n).
    case steps
    /// Seed 004's loop: n models × (preprocess, train, evaluate, register, deploy).
    case models
    /// A fixed pipeline with n declared and passed parameters: run time stays flat.
    case params
    /// n independent steps on 1, 2, … workers: speedup and efficiency.
    case parallel
    /// n no-op steps: what the engine itself costs per step.
    case overhead
    /// Each step reads every earlier step's output: a pipeline that grows as n².
    case quadratic

    /// The thing n counts, for sentences ("doubling the steps …").
    public var noun: String {
        switch self {
        case .steps, .overhead, .quadratic, .parallel: return "steps"
        case .models: return "models"
        case .params: return "parameters"
        }
    }

    public var summary: String {
        switch self {
        case .steps: return "n chained steps, each one epoch of real training"
        case .models: return "n models × 6 steps (preprocess, train, evaluate, register, deploy, monitor): lesson 6's 4 plus register and monitor, as in platform"
        case .params: return "a fixed 8-step training pipeline with n declared and passed parameters"
        case .parallel: return "n independent steps on 1 … cores workers"
        case .overhead: return "n no-op steps: the engine's own cost per step"
        case .quadratic: return "n steps, each reading every earlier step's output"
        }
    }

    /// The largest size `--sizes` may ask for: beyond it one repetition takes minutes or
    /// gigabytes (the quadratic workload's outputs grow as n²).
    public var maximumSize: Int {
        switch self {
        case .steps, .models, .params: return 10_000
        case .quadratic: return 3_000
        case .overhead: return 1_000_000
        case .parallel: return 1_024
        }
    }

    /// Sizes that keep each workload within a few seconds.
    public func sizes(quick: Bool) -> [Int] {
        switch self {
        case .steps, .models: return quick ? [10, 30, 100, 300, 1000] : [10, 30, 100, 300, 1000, 3000]
        case .params: return quick ? [1, 10, 100, 1000] : [1, 3, 10, 30, 100, 300, 1000]
        case .quadratic: return quick ? [10, 30, 100, 300, 1000] : [10, 30, 100, 300, 1000, 2000]
        case .overhead: return quick ? [100, 1000, 10_000, 100_000] : [100, 1000, 10_000, 100_000, 300_000]
        case .parallel: return quick ? [16, 64] : [16, 64, 256]
        }
    }
}
