/// One row of a table-driven test: an input text and what it should give, named in the test
/// report by its input.
struct Example<Expected: Sendable>: Sendable, CustomStringConvertible {
    /// The text the code under test reads.
    var input: String
    /// What the code should give for it: a value, a message, an error.
    var expected: Expected

    init(_ input: String, gives expected: Expected) {
        self.input = input
        self.expected = expected
    }

    var description: String { input }
}
