import Foundation
import PipelineKit

/// `quiz results [--format csv|json]`: the saved progress, one row per question answered,
/// with the student's name (`--student` or `PIPELINE_STUDENT`) and the tool version.
enum QuizResults {
    static func export(_ catalog: QuizCatalog, options: QuizOptions, terminal: Terminal) -> Int32 {
        let renderer = DiagnosticRenderer(colored: terminal.colorsErr(options.color))
        let progress: QuizProgress
        do {
            let loaded = try ProgressStore.resolve(environment: terminal.environment).load()
            progress = loaded.progress
            if let warning = loaded.warning { terminal.err.write(renderer.render(warning)) }
        } catch {
            terminal.err.write(renderer.render(error.diagnostic))
            return ExitCode.failure
        }
        let student = (options.student ?? terminal.environment["PIPELINE_STUDENT"]).flatMap { $0.isEmpty ? nil : $0 }
        let owners = Dictionary(catalog.banks.flatMap { bank in bank.questions.map { ($0.id, bank.id) } }, uniquingKeysWith: { first, _ in first })
        let ids = progress.questions.keys.sorted { (owners[$0] ?? "~", $0) < (owners[$1] ?? "~", $1) }
        let rows = ids.compactMap { id in progress.questions[id].map { (bank: owners[id], id: id, record: $0) } }
        switch options.format {
        case .json:
            terminal.out.write(JSONValue.object([
                ("tool_version", .string(PipelineCLI.version)), ("student", student.map(JSONValue.string) ?? .null),
                ("exported", .string(ISO8601DateFormatter().string(from: Date()))),
                ("questions", .array(rows.map { row in
                    .object([("bank", row.bank.map(JSONValue.string) ?? .null), ("question", .string(row.id)), ("attempts", .integer(row.record.attempts)),
                             ("correct", .integer(row.record.correct)), ("last_correct", .bool(row.record.lastCorrect)), ("box", .integer(row.record.box)),
                             ("last_answered", .string(row.record.lastAnswered))])
                })),
            ]).rendered() + "\n")
        case .csv:
            let columns = ["student", "bank", "question", "attempts", "correct", "last_correct", "box", "last_answered"]
            terminal.out.write(TextTable(columns: columns.map { TextTable.Column(title: $0) }, rows: rows.map { row in
                [student ?? "", row.bank ?? "", row.id, String(row.record.attempts), String(row.record.correct), String(row.record.lastCorrect),
                 String(row.record.box), row.record.lastAnswered]
            }).renderCSV())
        default:
            guard !rows.isEmpty else {
                terminal.out.write("No answers saved yet in \(ProgressStore.resolve(environment: terminal.environment).file.path): answer some with pipeline quiz.\n")
                return ExitCode.success
            }
            let table = TextTable(columns: ["Bank", "Question", "Attempts", "Right", "Last", "Box", "Last answered"].enumerated().map {
                TextTable.Column(title: $1, alignment: (2...5).contains($0) ? .right : .left)
            }, rows: rows.map { row in
                [row.bank ?? "—", row.id, String(row.record.attempts), String(row.record.correct), row.record.lastCorrect ? "right" : "wrong",
                 String(row.record.box), row.record.lastAnswered]
            })
            terminal.out.write((student.map { "Progress of \($0)\n" } ?? "") + table.renderText(width: terminal.tableWidth, style: terminal.stdoutIsTerminal ? .box : .ascii))
        }
        return ExitCode.success
    }
}
