import Foundation

// MARK: - JSON and CSV

extension QuizResult {
    /// The result as JSON, in the order a teacher reads it: who, what, when, then each question.
    public func json() -> JSONValue {
        .object([
            ("format", .integer(format)), ("tool_version", .string(toolVersion)), ("student", student.map(JSONValue.string) ?? .null),
            ("mode", .string(mode.rawValue)), ("banks", .array(banks.map { .object([("id", .string($0.id)), ("hash", .string($0.hash))]) })),
            ("started", .string(started)), ("finished", .string(finished)), ("ended", .string(ended.rawValue)),
            ("seed", seed.map { .integer(Int(truncatingIfNeeded: $0)) } ?? .null), ("score", .integer(score)), ("total", .integer(total)),
            ("questions", .array(questions.map { entry in
                let strings = { (list: [String]?) in list.map { JSONValue.array($0.map(JSONValue.string)) } ?? .null }
                return .object([("id", .string(entry.id)), ("bank", .string(entry.bank)), ("position", .integer(entry.position)),
                                ("type", .string(entry.type.rawValue)), ("options", strings(entry.options)),
                                ("shown", strings(entry.shown)), ("chosen", strings(entry.chosen)), ("response", entry.response.map(JSONValue.string) ?? .null),
                                ("right", strings(entry.right)), ("tolerance", entry.tolerance.map(JSONValue.number) ?? .null),
                                ("outcome", .string(entry.outcome.rawValue)), ("is_correct", .bool(entry.isCorrect))])
            })),
        ])
    }

    /// The CSV columns, one row per question.
    static let csvColumns = ["student", "bank", "bank_hash", "mode", "started", "finished", "ended", "seed", "tool_version",
                             "position", "question", "bank_position", "type", "shown", "chosen", "response", "right", "tolerance", "outcome", "is_correct"]

    /// The result as CSV: one row per question, each carrying the sitting's facts, so rows of
    /// many students can be pasted into one sheet. Several keys are joined with `+` (`A+C`).
    public func csv() -> String {
        let hashes = Dictionary(banks.map { ($0.id, $0.hash) }, uniquingKeysWith: { first, _ in first })
        let rows = questions.enumerated().map { index, entry -> [String] in
            [student ?? "", entry.bank, hashes[entry.bank] ?? "", mode.rawValue, started, finished, ended.rawValue, seed.map { String($0) } ?? "",
             toolVersion, String(index + 1), entry.id, String(entry.position), entry.type.rawValue, (entry.shown ?? []).joined(separator: "+"),
             (entry.chosen ?? []).joined(separator: "+"), entry.response ?? "", entry.right.joined(separator: entry.type == .short ? " | " : "+"),
             entry.tolerance.map { QuizResult.numberText($0) } ?? "", entry.outcome.rawValue, entry.isCorrect ? "true" : "false"]
        }
        return TextTable(columns: Self.csvColumns.map { TextTable.Column(title: $0) }, rows: rows).renderCSV()
    }

    /// Reads a result file written by `quiz --result FILE.json`.
    ///
    /// - Throws: `QuizResultError.notAResult` naming the file and, when it can, the field.
    public static func read(_ data: Data, file: String) throws(QuizResultError) -> QuizResult {
        do {
            let result = try JSONDecoder().decode(QuizResult.self, from: data)
            guard result.format <= formatVersion else { throw QuizResultError.newerFormat(file: file, format: result.format) }
            return result
        } catch let error as QuizResultError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            throw .notAResult(file: file, reason: "it has no '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .notAResult(file: file, reason: "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type")
        } catch let DecodingError.dataCorrupted(context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw .notAResult(file: file, reason: path.isEmpty ? "it is not valid JSON" : "'\(path)' has a value it cannot hold")
        } catch {
            throw .notAResult(file: file, reason: "it is not valid JSON")
        }
    }
}

/// Why result files could not be read or merged.
public enum QuizResultError: Error, Equatable, Sendable {
    case notAResult(file: String, reason: String)
    case newerFormat(file: String, format: Int)
    /// Results of different banks, or of different versions of one bank, cannot share a table.
    case mixedBanks(first: String, firstBanks: String, other: String, otherBanks: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .notAResult(let file, let reason):
            return Diagnostic(.error, "\(file) is not a quiz result file: \(reason)", hint: "give the JSON result files the quiz wrote")
        case .newerFormat(let file, let format):
            return Diagnostic(.error, "\(file) is a result file of format \(format), newer than this tool reads (\(QuizResult.formatVersion))",
                              hint: "update pipeline to the version your students used")
        case .mixedBanks(let first, let firstBanks, let other, let otherBanks):
            return Diagnostic(.error, "\(other) answers \(otherBanks), but \(first) answers \(firstBanks): one report covers one version of one bank",
                              hint: "report each bank (and each version of it) separately: pass only the files with the same bank and hash")
        }
    }
}
