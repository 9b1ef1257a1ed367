import Foundation

/// The runs of a sweep: every combination of the values given for each parameter.
public struct SweepGrid: Equatable, Sendable {
    /// The largest grid a sweep will run.
    public static let maximumRuns = 1_000

    /// Each swept parameter with its values as typed, in the order given.
    public var axes: [(name: String, values: [String])]

    public static func == (lhs: SweepGrid, rhs: SweepGrid) -> Bool {
        lhs.axes.map(\.name) == rhs.axes.map(\.name) && lhs.axes.map(\.values) == rhs.axes.map(\.values)
    }

    /// Reads `--param learning_rate=0.001,0.01,0.1` assignments; a name given twice adds values.
    public init(_ assignments: [ParameterAssignment]) {
        var axes: [(name: String, values: [String])] = []
        for assignment in assignments {
            let values = SweepGrid.split(assignment.text)
            if let index = axes.firstIndex(where: { $0.name == assignment.name }) {
                axes[index].values += values
            } else {
                axes.append((assignment.name, values))
            }
        }
        self.axes = axes
    }

    /// How many runs the grid makes.
    public var count: Int {
        axes.reduce(1) { product, axis in
            let (result, overflow) = product.multipliedReportingOverflow(by: max(1, axis.values.count))
            return overflow ? Int.max : result
        }
    }

    /// The parameters given more than one value: the grid's dimensions.
    public var variedNames: [String] { axes.filter { $0.values.count > 1 }.map(\.name) }

    /// `3 × 2 = 6 runs`; a parameter given one value is not a dimension, so it is named as
    /// fixed instead: `3 runs; batch_size=32 in every run`. Secrets' values show as `[REDACTED]`.
    public func summary(secrets: Set<String> = []) -> String {
        let total = "\(count) run\(count == 1 ? "" : "s")"
        let varied = axes.filter { $0.values.count > 1 }
        let fixed = axes.filter { $0.values.count == 1 }
        var text = varied.count > 1 ? varied.map { String($0.values.count) }.joined(separator: " × ") + " = " + total : total
        if !fixed.isEmpty {
            text += "; " + fixed.map { "\($0.name)=\(secrets.contains($0.name) ? ResolvedParameter.redacted : $0.values[0])" }.joined(separator: ", ") + " in every run"
        }
        return text
    }

    /// The values of the varied parameters in one combination, in the order of `variedNames`.
    public func variedValues(of combination: [ParameterAssignment]) -> [ParameterAssignment] {
        let varied = Set(variedNames)
        return combination.filter { varied.contains($0.name) }
    }

    /// Every combination, the first parameter varying slowest.
    ///
    /// - Complexity: O(runs · parameters).
    public var combinations: [[ParameterAssignment]] {
        var result: [[ParameterAssignment]] = [[]]
        for axis in axes {
            result = result.flatMap { prefix in axis.values.map { prefix + [ParameterAssignment(name: axis.name, text: $0)] } }
        }
        return result
    }

    /// Splits `0.001,0.01,0.1` at commas outside brackets and braces, so `[64, 32],[16]` is two lists.
    static func split(_ text: String) -> [String] {
        var values: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "[", "{": depth += 1
            case "]", "}": depth -= 1
            case "," where depth == 0:
                values.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        values.append(current.trimmingCharacters(in: .whitespaces))
        return values
    }
}
