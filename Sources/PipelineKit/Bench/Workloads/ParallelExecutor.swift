import Dispatch
import Foundation

/// Runs a pipeline's independent steps (`needs: []`) on several workers at once, each step
/// with its own workspace, and returns the results in file order: the same results a
/// sequential run gives.
public enum ParallelExecutor {
    /// - Complexity: O(s / w) wall time for s equal steps on w workers, O(s) work.
    public static func run(_ definition: PipelineDefinition, with resolution: ParameterResolver.Resolution, workers: Int,
                           scripts: ScriptLibrary = .standard) -> [StepResult] {
        let steps = definition.steps
        let results = ResultSlots(count: steps.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in
            while let index = next.take(below: steps.count) {
                var state = RunState(definition: definition, resolution: resolution, environment: [:], observer: nil)
                var workspace = Workspace()
                _ = state.execute(steps[index], scripts: scripts, workspace: &workspace, clock: ContinuousClock())
                results.set(index, state.results.last)
            }
        }
        return results.values
    }

    /// Steps on the longest chain of `needs:`: with enough workers, wall time tends to this.
    ///
    /// - Complexity: O(s + d) over steps and dependencies.
    public static func criticalPathLength(_ definition: PipelineDefinition) -> Int {
        guard case .success(let order) = StepOrder.order(definition.steps) else { return definition.steps.count }
        let index = Dictionary(definition.steps.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var depth = [Int](repeating: 1, count: definition.steps.count)
        for position in order {
            let step = definition.steps[position]
            let needs = step.needs ?? (position > 0 ? [definition.steps[position - 1].name] : [])
            for need in needs { if let before = index[need] { depth[position] = max(depth[position], depth[before] + 1) } }
        }
        return depth.max() ?? 0
    }
}

/// A shared index handed out to workers one at a time.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// Results written by index from several workers.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [StepResult?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: StepResult?) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [StepResult] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
