/// What a problem says: what is wrong, and how to fix it when there is a clear fix.
public struct Explanation: Equatable, Sendable {
    /// What is wrong, as a sentence.
    var message: String
    /// How to fix it, as a sentence that may name `UserAction`s.
    var hint: Hint?

    init(_ message: String, fix hint: Hint?) {
        self.message = message
        self.hint = hint
    }
}
