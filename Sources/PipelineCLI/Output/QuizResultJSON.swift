import PipelineKit

/// `quiz --format json`: `{"score", "total", "answers": [{"id", "given", "correct", "is_correct"}]}`.
enum QuizResultJSON {
    static func render(_ session: QuizSession) -> String {
        JSONValue.object([
            ("score", .integer(session.score)),
            ("total", .integer(session.total)),
            ("answers", .array(session.answers.map { answer in
                .object([("id", .string(answer.id)), ("given", answer.given.map(JSONValue.string) ?? .null),
                         ("correct", .string(answer.correct)), ("is_correct", .bool(answer.isCorrect))])
            })),
        ]).rendered()
    }
}
