/// The order steps run in: file order, moved only as far as `needs:` requires.
enum StepOrder {
    /// A cycle in `needs:`, as the step names around it.
    struct Cycle: Error, Equatable, Sendable {
        var steps: [String]
        var first: String? { steps.first }
    }

    /// The execution order; a step without `needs:` follows the step before it.
    ///
    /// - Complexity: O(s + d) for s steps and d dependencies, using Kahn's algorithm with a
    ///   min-heap of ready steps ordered by position in the file: O((s + d) log s).
    static func order(_ steps: [Step]) -> Result<[Int], Cycle> {
        // Without any `needs:` the order is the file order: no graph to build.
        if steps.allSatisfy({ $0.needs == nil }) { return .success(Array(steps.indices)) }
        let index = Dictionary(steps.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var dependencies = steps.enumerated().map { position, step -> [Int] in
            guard let needs = step.needs else { return position > 0 ? [position - 1] : [] }
            return needs.compactMap { index[$0] }
        }
        var dependents = [[Int]](repeating: [], count: steps.count)
        var waiting = dependencies.map(\.count)
        for (step, needs) in dependencies.enumerated() {
            for need in needs { dependents[need].append(step) }
        }
        var ready = MinHeap((0..<steps.count).filter { waiting[$0] == 0 })
        var order: [Int] = []
        order.reserveCapacity(steps.count)
        while let next = ready.popMin() {
            order.append(next)
            for dependent in dependents[next] {
                waiting[dependent] -= 1
                if waiting[dependent] == 0 { ready.insert(dependent) }
            }
        }
        if order.count == steps.count { return .success(order) }
        dependencies = dependencies.map { $0.filter { waiting[$0] > 0 } }
        return .failure(Cycle(steps: findCycle(in: dependencies, among: waiting).map { steps[$0].name }))
    }

    /// Walks dependencies from a blocked step until one repeats.
    private static func findCycle(in dependencies: [[Int]], among waiting: [Int]) -> [Int] {
        guard var current = waiting.firstIndex(where: { $0 > 0 }) else { return [] }
        var seen: [Int: Int] = [:]
        var path: [Int] = []
        while seen[current] == nil {
            seen[current] = path.count
            path.append(current)
            guard let next = dependencies[current].first else { return path }
            current = next
        }
        return Array(path[(seen[current] ?? 0)...]).reversed()
    }
}
