import PipelineKit

/// The options of a quiz sitting, checked when parsed.
struct QuizOptions: Equatable, Sendable {
    var bank: String?
    var topic: String?
    var tag: String?
    var count: Int?
    var shuffle: Bool
    var seed: UInt64
    var review: Bool
    var answers: [String]?
    var json: Bool
    var generate: Int?
    var pipeline: String?
    var runs: [String]
    var yes: Bool
    var color: ColorChoice

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        bank = arguments.value("bank")
        topic = arguments.value("topic")
        tag = arguments.value("tag")
        count = try Self.positive(arguments.value("count"), option: "--count")
        shuffle = arguments.flag("shuffle")
        let seedText = arguments.value("seed") ?? "1"
        guard let seed = UInt64(seedText) else { throw .invalidOptionValue(option: "--seed", value: seedText, allowed: ["a whole number"]) }
        self.seed = seed
        review = arguments.flag("review")
        answers = arguments.value("answers").map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        json = arguments.format == .json
        generate = try Self.positive(arguments.value("generate"), option: "--generate")
        pipeline = arguments.value("pipeline")
        runs = arguments.all("run")
        yes = arguments.flag("yes")
        color = arguments.color
        if generate != nil, pipeline == nil { throw .missingArgument("--pipeline PIPELINE with --generate", command: "quiz") }
        if generate != nil, bank != nil { throw .conflict("--generate makes its own questions; it cannot be combined with --bank") }
    }

    private static func positive(_ text: String?, option: String) throws(UsageError) -> Int? {
        guard let text else { return nil }
        guard let number = Int(text), number > 0 else { throw .invalidOptionValue(option: option, value: text, allowed: ["a whole number above 0"]) }
        return number
    }
}
