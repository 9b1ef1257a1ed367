import Foundation

extension Question {
    /// What counts as a right answer.
    public enum Key: Equatable, Sendable {
        /// The bank key of the one right option (`single`, `true_false`).
        case option(String)
        /// The bank keys of every right option, in bank order (`multiple`).
        case options([String])
        /// A number within a tolerance (`numeric`).
        case number(NumericAnswer)
        /// The accepted answers (`short`), compared without case and extra spaces.
        case text([String])
    }

    /// The right number of a `numeric` question: written in the bank, or read from the
    /// question's trace (a tracked output of one run, such as `final_loss` of run 2).
    public struct NumericAnswer: Equatable, Sendable {
        /// Where the value comes from.
        public enum Source: Equatable, Sendable {
            case value(Double)
            /// An output the engine tracks for one run of the trace (1-based).
            case traceOutput(name: String, run: Int)
        }

        public var source: Source
        /// How far an answer may be from the value and still be right (absolute, ≥ 0).
        public var tolerance: Double

        /// Whether `given` is within the tolerance of `value` (a hair of rounding allowed).
        public static func accepts(_ given: Double, value: Double, tolerance: Double) -> Bool {
            abs(given - value) <= tolerance + 1e-12 * max(1, abs(value))
        }
    }

    /// A short answer as compared: lower-cased, trimmed, inner spaces collapsed.
    public static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
