import Foundation
import PipelineKit

/// Measures workloads for `pipeline bench`, with a progress bar on a terminal's stderr and
/// Ctrl-C checked between samples.
struct BenchSession {
    struct Interrupted: Error {}

    let plan: BenchPlanOptions
    let terminal: Terminal

    func measure(_ workload: BenchWorkload) throws -> BenchReport {
        let runner = WorkloadRunner(workload: workload)
        let measurer = Measurer(plan: plan.plan(for: workload))
        let points = try measurer.measure(progress: progress(workload.rawValue)) { n in
            if terminal.interruption.isRaised { throw Interrupted() }
            return try runner.run(n)
        }
        clearProgress()
        return try BenchReport(workload: workload.rawValue, noun: workload.noun, points: points,
                               fitter: ComplexityFitter(seed: plan.seed), build: .current, clock: measurer.timing)
    }

    func parallel(maximumWorkers: Int) throws -> ParallelReport {
        let sizes = plan.sizes ?? BenchWorkload.parallel.sizes(quick: plan.quick)
        var rows: [ParallelReport.Row] = []
        let workerCounts = Array(1...max(1, maximumWorkers))
        for n in sizes {
            let definition = WorkloadPipelines.parallel(n)
            let resolution = try ParameterResolver.resolve(definition, request: ParameterRequest())
            var sequentialMedian = 0.0
            for workers in workerCounts {
                // Speed-up is about the time a person waits, so parallel runs are timed on the wall clock.
                let measurer = Measurer(plan: plan.plan(for: .parallel).with(sizes: [n]), timing: .wall)
                let points = try measurer.measure(progress: progress("parallel n=\(n) W=\(workers)")) { size in
                    if terminal.interruption.isRaised { throw Interrupted() }
                    return ParallelExecutor.run(definition, with: resolution, workers: workers).count { $0.status == .succeeded }
                }
                clearProgress()
                let median = points.first?.medianSeconds ?? 0
                if workers == 1 { sequentialMedian = median }
                rows.append(ParallelReport.Row(n: n, workers: workers, medianSeconds: median,
                                               speedup: median > 0 ? sequentialMedian / median : 0))
            }
        }
        let platform = (try? PipelineSource.load("platform", currentDirectory: terminal.currentDirectory).definition)
        return ParallelReport(rows: rows, cores: ProcessInfo.processInfo.activeProcessorCount,
                              platformSteps: platform?.steps.count ?? 0,
                              platformCriticalPath: platform.map(ParallelExecutor.criticalPathLength) ?? 0)
    }

    private func progress(_ label: String) -> ((Int, Int) -> Void)? {
        guard terminal.stderrIsTerminal else { return nil }
        return { done, total in
            let width = 24
            let filled = total > 0 ? done * width / total : 0
            terminal.err.write(ANSI.clearLine + " measuring \(label) [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)")
        }
    }

    private func clearProgress() {
        if terminal.stderrIsTerminal { terminal.err.write(ANSI.clearLine) }
    }
}
