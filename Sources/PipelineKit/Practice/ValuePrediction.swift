/// One value a learner predicts during `replay --predict`: a Value Passed cell before its row
/// shows, or a tracker cell at the end of a run.
public struct ValuePrediction: Equatable, Sendable {
    /// Which cell is predicted.
    public enum Cell: String, Equatable, Sendable {
        /// The Value Passed cell of a row that passes a new value.
        case valuePassed = "value_passed"
        /// The variable tracker's `After Run N` cell, at the row that ends run N.
        case tracker
    }

    /// The execution table row (1-based) the prediction comes before.
    public var step: Int
    /// How many rows the table has, for "step 7 of 9".
    public var stepCount: Int
    public var run: Int
    public var cell: Cell
    public var variable: String
    public var expected: ExpectedValue
    /// The row's action (`Step train_model starts`).
    public var action: String
    /// Why the value is what it is, said when a guess was wrong.
    var reason: String
    /// The value the same variable had in each other run (run number → value), to name a
    /// guess that carried a value over from another run.
    var otherRuns: [Int: String]

    /// `step 7 of 9`.
    public var position: String { "step \(step) of \(stepCount)" }

    /// The question as asked: `learning_rate (Value Passed)` or `final_loss after run 2`.
    public var question: String {
        switch cell {
        case .valuePassed: return "\(variable) (Value Passed)"
        case .tracker: return "\(variable) after run \(run) (variable tracker)"
        }
    }

    /// Whether a typed guess is right.
    public func accepts(_ guess: String) -> Bool { expected.accepts(guess) }

    /// What to say about a wrong guess: the reason, and the run whose value it repeats.
    public func explanation(for guess: String) -> String {
        var text = reason
        if let carried = otherRuns.sorted(by: { $0.key < $1.key }).first(where: { ExpectedValue(cell: $0.value).accepts(guess) && !accepts(guess) }) {
            text += "; \(guess.trimmingCharacters(in: .whitespaces)) is run \(carried.key)'s value"
                + (cell == .valuePassed ? ": each run gets its own values" : "")
        }
        return text
    }
}
