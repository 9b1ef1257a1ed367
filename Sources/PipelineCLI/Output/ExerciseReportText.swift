import PipelineKit

/// What `exercise check` prints: each expectation passed or failed with what the engine saw,
/// and after a pass the reference solution.
struct ExerciseReportText {
    let report: ExerciseReport
    let style: Style
    let width: Int
    /// Renders load problems with the learner's own lines quoted.
    let renderer: DiagnosticRenderer

    func render(exercise: Exercise, attempt: Int?) -> String {
        var out = style.bold("Checking \(exercise.id)") + (attempt.map { style.dim(" (check \($0))") } ?? "") + "\n"
        if !report.loadProblems.isEmpty {
            out += "  " + style.red("✗") + " The pipeline file loads and is valid: the engine refuses it, so nothing can run yet\n"
            out += renderer.render(report.loadProblems).split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        } else {
            out += "  " + style.green("✓") + " The pipeline file loads and is valid\n"
        }
        for finding in report.findings {
            switch finding.state {
            case .passed:
                out += "  " + style.green("✓") + " " + TextWrapper.continuing(after: 4, finding.says, width: width) + "\n"
            case .failed(let problems):
                out += "  " + style.red("✗") + " " + TextWrapper.continuing(after: 4, finding.says, width: width) + "\n"
                for problem in problems { out += TextWrapper.wrap("- " + problem, width: width, indent: 6, hanging: 2) + "\n" }
            case .notChecked:
                out += "  " + style.dim("·") + " " + TextWrapper.continuing(after: 4, finding.says, width: width) + style.dim(" (not checked yet)") + "\n"
            }
        }
        guard report.passed else {
            let failed = report.findings.count { if case .failed = $0.state { return true } else { return false } } + (report.loadProblems.isEmpty ? 0 : 1)
            return out + "\n\(failed) expectation\(failed == 1 ? "" : "s") still fail\(failed == 1 ? "s" : ""). Edit, check again, "
                + "or ask for a hint: pipeline exercise hint \(exercise.id)\n"
        }
        out += "\n" + style.bold(style.green("Done!")) + " Every expectation holds. The idea:\n" + TextWrapper.wrap(exercise.description.idea, width: width, indent: 2) + "\n"
        for name in exercise.description.files {
            guard let text = exercise.solution[name] else { continue }
            out += "\nThe reference solution's \(name):\n" + text.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
        }
        return out
    }
}
