import Testing
@testable import PipelineKit

@Suite struct WorkloadTests {
    @Test(arguments: [(BenchWorkload.steps, 7, 7), (.models, 4, 24), (.overhead, 9, 9), (.quadratic, 6, 6), (.params, 12, 8)])
    func countsStepExecutionsExactly(_ workload: BenchWorkload, _ n: Int, _ expected: Int) throws {
        #expect(try WorkloadRunner(workload: workload).run(n) == expected)
    }

    @Test func quadraticStepsReadEveryEarlierOutput() throws {
        let definition = WorkloadPipelines.quadratic(6)
        let resolution = try ParameterResolver.resolve(definition, request: ParameterRequest())
        var workspace = Workspace()
        let result = RunEngine().run(definition, with: resolution, workspace: &workspace)
        let reads = result.steps.compactMap { step in Int(step.effect.split(separator: " ")[1]) }
        #expect(reads == [0, 1, 2, 3, 4, 5])
        #expect(reads.reduce(0, +) == 6 * 5 / 2)
    }

    @Test func parallelWorkersGiveTheSequentialResults() throws {
        let definition = WorkloadPipelines.parallel(12)
        let resolution = try ParameterResolver.resolve(definition, request: ParameterRequest())
        let one = ParallelExecutor.run(definition, with: resolution, workers: 1)
        let two = ParallelExecutor.run(definition, with: resolution, workers: 2)
        #expect(one.count == 12)
        #expect(one.map(\.name) == two.map(\.name))
        #expect(one.map(\.outputs) == two.map(\.outputs))
    }

    @Test func criticalPathOfThePlatformIsOneModelsChain() throws {
        let definition = try RunEngineTests.bundled("platform")
        #expect(ParallelExecutor.criticalPathLength(definition) == 6)
        #expect(ParallelExecutor.criticalPathLength(try RunEngineTests.bundled("three-steps")) == 3)
    }

    @Test func paramsWorkloadPassesEveryParameter() throws {
        let runner = WorkloadRunner(workload: .params)
        let (definition, request) = runner.prepare(50)
        #expect(definition.parameters.count == 50)
        #expect(request.assignments.count == 50)
    }
}
