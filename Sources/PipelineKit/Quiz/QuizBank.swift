/// A named set of questions on one topic (`quizzes/*.json`).
public struct QuizBank: Equatable, Sendable {
    public var id: String
    public var title: String
    public var topic: String?
    /// The lesson this bank practises.
    public var lesson: String?
    public var questions: [Question]
    /// The file it came from, for messages.
    public var file: String
    /// FNV-1a of the bank's text (16 hex digits): results name the exact version they answered.
    var hash: String = ""

    /// The bank as a result names it.
    var stamp: QuizResult.BankStamp { QuizResult.BankStamp(id: id, hash: hash) }
}
