import PipelineKit

/// The options of a quiz sitting, checked when parsed.
struct QuizOptions: Equatable, Sendable {
    var bank: String?
    var topic: String?
    var tag: String?
    var count: Int?
    var shuffle: Bool
    var seed: UInt64
    /// Whether `--seed` was given (an exam needs the teacher's seed).
    var seedGiven: Bool
    var review: Bool
    var answers: [String]?
    var format: OutputFormat
    var generate: Int?
    var pipeline: String?
    var runs: [String]
    var yes: Bool
    var color: ColorChoice
    /// `--student NAME` (else `PIPELINE_STUDENT`, read when the quiz starts).
    var student: String?
    var exam: Bool
    /// Each student's order from the seed and their name.
    var perStudent: Bool
    /// The exam's time limit in seconds.
    var timeLimit: Int?
    var attempts: Int?
    /// Where to write the result (`.json` or `.csv`).
    var resultFile: String?
    /// Where `--generate` saves its questions as a bank.
    var saveFile: String?

    var json: Bool { format == .json }

    /// The largest seed every JSON reader keeps exactly (2^53 − 1).
    static let largestSeed: UInt64 = 9_007_199_254_740_991

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        bank = arguments.value(of: Self.bank)
        topic = arguments.value(of: Self.topic)
        tag = arguments.value(of: Self.tag)
        count = try Self.positive(arguments, Self.count)
        shuffle = arguments[Self.shuffle]
        let seedText = arguments.value(of: Self.seed) ?? "1"
        guard let seed = UInt64(seedText), seed <= Self.largestSeed else {
            throw .invalidOptionValue(option: "--seed", value: seedText, allowed: ["a whole number from 0 to \(Self.largestSeed)"])
        }
        self.seed = seed
        seedGiven = arguments.value(of: Self.seed) != nil
        review = arguments[Self.review]
        answers = arguments.value(of: Self.answers).map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
        format = arguments.format(Self.format)
        generate = try Self.positive(arguments, Self.generate)
        pipeline = arguments.value(of: Self.pipeline)
        runs = arguments.values(of: Self.run)
        yes = arguments[Self.yes]
        color = arguments.color
        student = arguments.value(of: Self.student)
        exam = arguments[Self.exam]
        perStudent = arguments[Self.perStudent]
        timeLimit = try arguments.value(of: Self.time).map { text throws(UsageError) in
            guard let seconds = Self.seconds(text) else { throw .invalidOptionValue(option: "--time", value: text, allowed: ["a duration such as 20m, 90s, 1h or 1h30m"]) }
            return seconds
        }
        attempts = try Self.positive(arguments, Self.attempts)
        resultFile = arguments.value(of: Self.result)
        saveFile = arguments.value(of: Self.save)
        try check()
    }

    /// Combinations that cannot work, refused before anything is asked.
    private func check() throws(UsageError) {
        if generate != nil, pipeline == nil { throw .missingArgument("--pipeline PIPELINE with --generate", command: "quiz") }
        if generate != nil, bank != nil { throw .conflict("--generate makes its own questions; it cannot be combined with --bank") }
        if saveFile != nil, generate == nil { throw .conflict("--save writes generated questions as a bank: use it with --generate N") }
        if let student, student.trimmingCharacters(in: .whitespaces).isEmpty { throw .invalidOptionValue(option: "--student", value: student, allowed: ["a name"]) }
        for (flag, given) in [("--per-student", perStudent), ("--time", timeLimit != nil), ("--attempts", attempts != nil)] where given && !exam {
            throw .conflict("\(flag) sets how an exam runs: add --exam")
        }
        if exam, review { throw .conflict("--exam asks the bank's questions in the exam's order; it cannot be combined with --review") }
        if exam, !seedGiven { throw .missingArgument("--seed S with --exam (the teacher's seed fixes the order; add --per-student to vary it by student)", command: "quiz") }
        if let resultFile, !resultFile.hasSuffix(".json"), !resultFile.hasSuffix(".csv") {
            throw .invalidOptionValue(option: "--result", value: resultFile, allowed: ["a file name ending in .json or .csv"])
        }
        if let saveFile, !saveFile.hasSuffix(".json") { throw .invalidOptionValue(option: "--save", value: saveFile, allowed: ["a file name ending in .json"]) }
    }

    /// `20m`, `90s`, `1h`, `1h30m`, or a bare number of minutes; nil when it is none of these.
    static func seconds(_ text: String) -> Int? {
        if let minutes = Int(text), minutes > 0 { return minutes * 60 }
        var total = 0, digits = "", units: [Character] = []
        for character in text.lowercased() {
            if character.isASCII, character.isNumber { digits.append(character); continue }
            guard let value = Int(digits), let unit = ["h": 3600, "m": 60, "s": 1][character], !units.contains(character) else { return nil }
            total += value * unit
            units.append(character)
            digits = ""
        }
        return digits.isEmpty && total > 0 ? total : nil
    }

    /// The whole number above 0 given to `option`; nil when not given.
    private static func positive(_ arguments: ParsedArguments, _ option: OptionSpec) throws(UsageError) -> Int? {
        guard let text = arguments.value(of: option) else { return nil }
        guard let number = Int(text), number > 0 else { throw .invalidOptionValue(option: "--" + option.name, value: text, allowed: ["a whole number above 0"]) }
        return number
    }
}
