import Foundation

/// Students' results of one bank merged into one row per question (item analysis): how many
/// answered, the share right, and which option (or typed answer) drew whom.
public struct QuizReport: Equatable, Sendable {
    /// What one option, or one typed answer, drew.
    public struct Choice: Equatable, Sendable {
        /// A bank key, or a typed answer as most students wrote it.
        public var answer: String
        public var isRight: Bool
        /// The students (or result files, for results without a name) who gave it.
        public var students: [String]
    }

    /// One question across every result.
    public struct Row: Equatable, Sendable {
        public var id: String
        public var type: Question.Kind
        public var right: [String]
        /// Results in which the question was asked.
        public var asked: Int
        public var correct: Int
        public var skipped: Int
        public var unanswered: Int
        /// Options in bank order (every option anyone chose, and every right one); typed
        /// answers most frequent first.
        public var choices: [Choice]

        /// The share right among those asked, 0…1.
        public var shareRight: Double { asked == 0 ? 0 : Double(correct) / Double(asked) }
    }

    public var banks: [QuizResult.BankStamp]
    public var students: [String]
    public var rows: [Row]

    /// Merges results; the first file's bank (ids and hashes) is the one every other must share.
    ///
    /// - Throws: `QuizResultError.mixedBanks` naming the first file that differs.
    /// - Complexity: O(r · q) for r results of q questions.
    public init(_ results: [(file: String, result: QuizResult)]) throws(QuizResultError) {
        guard let first = results.first else {
            banks = []
            students = []
            rows = []
            return
        }
        let describe = { (banks: [QuizResult.BankStamp]) in banks.map { "bank '\($0.id)' (hash \($0.hash))" }.joined(separator: " and ") }
        let expected = Set(first.result.banks)
        for (file, result) in results.dropFirst() where Set(result.banks) != expected {
            throw .mixedBanks(first: first.file, firstBanks: describe(first.result.banks), other: file, otherBanks: describe(result.banks))
        }
        banks = first.result.banks
        students = results.map { $0.result.student ?? $0.file }
        var order: [(bank: String, position: Int, id: String)] = []
        var entries: [String: [(student: String, entry: QuizResult.Entry)]] = [:]
        for (file, result) in results {
            for entry in result.questions {
                if entries[entry.id] == nil { order.append((entry.bank, entry.position, entry.id)) }
                entries[entry.id, default: []].append((result.student ?? file, entry))
            }
        }
        let bankOrder = banks.map(\.id)
        order.sort { (bankOrder.firstIndex(of: $0.bank) ?? 0, $0.position, $0.id) < (bankOrder.firstIndex(of: $1.bank) ?? 0, $1.position, $1.id) }
        rows = order.map { Self.row($0.id, entries[$0.id] ?? []) }
    }

    private static func row(_ id: String, _ given: [(student: String, entry: QuizResult.Entry)]) -> Row {
        let sample = given[0].entry
        var row = Row(id: id, type: sample.type, right: sample.right, asked: given.count, correct: given.count { $0.entry.isCorrect },
                      skipped: given.count { $0.entry.outcome == .skipped }, unanswered: given.count { $0.entry.outcome == .unanswered }, choices: [])
        if sample.type.hasOptions {
            var drawn: [String: [String]] = [:]
            for (student, entry) in given { for key in entry.chosen ?? [] { drawn[key, default: []].append(student) } }
            let listed = sample.options ?? []
            let keys = listed + Set(drawn.keys).union(sample.right).subtracting(listed).sorted()
            row.choices = keys.map { Choice(answer: $0, isRight: sample.right.contains($0), students: drawn[$0] ?? []) }
        } else {
            var drawn: [String: (shown: String, students: [String], right: Bool)] = [:]
            var seen: [String] = []
            for (student, entry) in given {
                guard let response = entry.response else { continue }
                let key = Question.normalized(response)
                if drawn[key] == nil { seen.append(key) }
                drawn[key, default: (response, [], entry.isCorrect)].students.append(student)
            }
            row.choices = seen.compactMap { key in drawn[key].map { Choice(answer: $0.shown, isRight: $0.right, students: $0.students) } }
                .sorted { $0.students.count > $1.students.count }
        }
        return row
    }
}

// MARK: - Rendering

extension QuizReport {
    /// `Question | Type | Asked | Right | No answer | Answers`: one row per question; the answers
    /// cell lists what was chosen and how often, the right one(s) marked `*` (`A 3, B* 9, C 0`).
    public var table: TextTable {
        let columns = [TextTable.Column(title: "Question"), TextTable.Column(title: "Type"), TextTable.Column(title: "Asked", alignment: .right),
                       TextTable.Column(title: "Right", alignment: .right), TextTable.Column(title: "No answer", alignment: .right),
                       TextTable.Column(title: "Answers (count; * right)")]
        return TextTable(columns: columns, rows: rows.map { row in
            let share = Int((row.shareRight * 100).rounded())
            let answers = row.choices.map { "\($0.answer)\($0.isRight ? "*" : "") \($0.students.count)" }.joined(separator: ", ")
            return [row.id, row.type.rawValue, String(row.asked), "\(row.correct) (\(share)%)", String(row.skipped + row.unanswered), answers.isEmpty ? "—" : answers]
        })
    }

    /// The report as JSON: the banks, the students, and per question the counts and who chose what.
    public func json() -> JSONValue {
        .object([
            ("banks", .array(banks.map { .object([("id", .string($0.id)), ("hash", .string($0.hash))]) })),
            ("students", .array(students.map(JSONValue.string))),
            ("questions", .array(rows.map { row in
                .object([("id", .string(row.id)), ("type", .string(row.type.rawValue)), ("right", .array(row.right.map(JSONValue.string))),
                         ("asked", .integer(row.asked)), ("correct", .integer(row.correct)), ("share_right", .number(row.shareRight)),
                         ("skipped", .integer(row.skipped)), ("unanswered", .integer(row.unanswered)),
                         ("answers", .array(row.choices.map { choice in
                             .object([("answer", .string(choice.answer)), ("is_right", .bool(choice.isRight)), ("count", .integer(choice.students.count)),
                                      ("students", .array(choice.students.map(JSONValue.string)))])
                         }))])
            })),
        ])
    }
}
