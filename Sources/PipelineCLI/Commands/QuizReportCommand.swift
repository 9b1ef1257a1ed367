import Foundation
import PipelineKit

/// `quiz report FILE…`: students' result files merged into one row per question: how many
/// were asked, the share right, and which option drew how many (and, in JSON, whom).
enum QuizReportCommand {
    static func run(_ files: [String], format: OutputFormat, terminal: Terminal) -> Int32 {
        var results: [(file: String, result: QuizResult)] = []
        var problems: [Diagnostic] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: terminal.path(file)) else {
                problems.append(Diagnostic(.error, "cannot read \(file)", hint: "check the path; give the files written by pipeline quiz --result FILE.json"))
                continue
            }
            if file.hasSuffix(".csv") {
                problems.append(Diagnostic(.error, "\(file) is a CSV result; quiz report reads the JSON results",
                                           hint: "ask for --result NAME.json, or paste CSV results into one sheet yourself"))
                continue
            }
            do {
                results.append((file, try QuizResult.read(data, file: file)))
            } catch {
                var problem = error.diagnostic
                if case .notAResult = error { problem.hint = Hint("give the JSON files written by pipeline quiz --result FILE.json") }
                problems.append(problem)
            }
        }
        var merged: QuizReport?
        do { merged = try QuizReport(results) } catch { problems.append(error.diagnostic) }
        guard problems.isEmpty, let report = merged else {
            terminal.err.write(DiagnosticRenderer(sources: [:], consequence: nil).render(problems))
            return ExitCode.badInput
        }
        switch format {
        case .json: terminal.out.write(report.json().rendered() + "\n")
        case .csv: terminal.out.write(report.table.renderCSV())
        default:
            let banks = report.banks.map { "\($0.id) (hash \($0.hash))" }.joined(separator: ", ")
            terminal.out.write("\(report.students.count) result\(report.students.count == 1 ? "" : "s") of \(banks): \(report.students.joined(separator: ", "))\n")
            terminal.out.write(report.table.renderText(width: terminal.tableWidth, style: terminal.stdoutIsTerminal ? .box : .ascii))
            terminal.out.write("Answers: how many chose each option (typed answers: each answer given); * marks the right one.\n")
        }
        return ExitCode.success
    }
}
