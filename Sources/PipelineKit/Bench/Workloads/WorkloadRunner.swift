import Foundation

/// Runs one workload at a size through the real engine and returns the exact number of step
/// executions. Pipelines are built once per size, before measuring, so only running is timed;
/// resolving the parameters is part of every run, as it is for `pipeline run`.
public final class WorkloadRunner: @unchecked Sendable {
    let workload: BenchWorkload
    private var prepared: [Int: (definition: PipelineDefinition, request: ParameterRequest)] = [:]
    private let lock = NSLock()
    private let engine = RunEngine()

    public init(workload: BenchWorkload) {
        self.workload = workload
    }

    /// Runs the workload at size `n`; returns the step executions counted from the result.
    ///
    /// - Complexity: O(n) for steps, models, params and overhead; O(n²) for quadratic.
    public func run(_ n: Int) throws -> Int {
        let (definition, request) = prepare(n)
        let resolution = try ParameterResolver.resolve(definition, request: request)
        var workspace = Workspace()
        let result = engine.run(definition, with: resolution, workspace: &workspace)
        guard result.status == .succeeded else {
            throw DiagnosticError(Diagnostic(.error, "the \(workload.rawValue) benchmark pipeline failed at n = \(n): " +
                                             (result.steps.first { $0.status == .failed }?.effect ?? "unknown step")))
        }
        return result.steps.count { $0.status == .succeeded }
    }

    /// The pipeline and values for size `n`, built on first use.
    func prepare(_ n: Int) -> (definition: PipelineDefinition, request: ParameterRequest) {
        lock.lock()
        defer { lock.unlock() }
        if let ready = prepared[n] { return ready }
        let built: (PipelineDefinition, ParameterRequest)
        switch workload {
        case .steps: built = (WorkloadPipelines.steps(n), ParameterRequest())
        case .models: built = (WorkloadPipelines.models(n), ParameterRequest())
        case .params:
            built = (WorkloadPipelines.params(n), ParameterRequest(assignments: (0..<n).map { ParameterAssignment(name: "p\($0)", text: "0.05") }))
        case .overhead: built = (WorkloadPipelines.overhead(n), ParameterRequest())
        case .quadratic: built = (WorkloadPipelines.quadratic(n), ParameterRequest())
        case .parallel: built = (WorkloadPipelines.parallel(n), ParameterRequest())
        }
        prepared[n] = built
        return built
    }
}
