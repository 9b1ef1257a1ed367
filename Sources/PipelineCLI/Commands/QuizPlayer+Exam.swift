import Foundation
import PipelineKit

// MARK: - Exam mode

extension QuizPlayer {
    /// An exam's own requirements, checked before anything is asked.
    func checkExam() throws(DiagnosticError) {
        guard options.exam else { return }
        if options.perStudent, student == nil {
            throw DiagnosticError(Diagnostic(.error, "--per-student orders each student's exam by their name, and no name was given",
                                             hint: "add --student NAME, or set PIPELINE_STUDENT"))
        }
        if options.attempts != nil, student == nil {
            throw DiagnosticError(Diagnostic(.error, "--attempts counts each student's attempts, and no name was given",
                                             hint: "add --student NAME, or set PIPELINE_STUDENT"))
        }
    }

    /// The folder of `--result FILE` exists and can be written, checked before the first
    /// question so that a sitting never ends with a result that cannot be saved.
    func checkResultFolder() throws(DiagnosticError) {
        guard let file = options.resultFile else { return }
        let folder = URL(fileURLWithPath: terminal.path(file)).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(.error, "--result \(file): the folder \(folder) does not exist", hint: "create it first, or write the result elsewhere"))
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw DiagnosticError(Diagnostic(.error, "--result \(file): the folder \(folder) cannot be written", hint: "choose a folder you can write to"))
        }
    }

    /// The order of a student's exam: the course seed mixed with their name (FNV-1a, then
    /// SplitMix64), below 2^53 so every JSON reader keeps it exactly.
    static func studentSeed(_ seed: UInt64, student: String) -> UInt64 {
        var generator = SeededGenerator(text: "\(seed) \(student)")
        return generator.next() & QuizOptions.largestSeed
    }

    /// Counts this attempt; an exit status when the attempts are used up (or cannot be counted).
    func startExam(_ session: QuizSession, _ banks: [QuizBank], store: ProgressStore) -> Int32? {
        guard let limit = options.attempts else { return nil }
        let key = QuizProgress.examKey(banks: banks, student: student)
        var used = 0
        do {
            try store.update { saved in
                used = saved.examAttempts?[key] ?? 0
                guard used < limit else { return }
                var attempts = saved.examAttempts ?? [:]
                attempts[key] = used + 1
                saved.examAttempts = attempts
            }
        } catch {
            terminal.err.write(renderer.render(error.diagnostic))
            return ExitCode.failure
        }
        guard used >= limit else { return nil }
        terminal.err.write(renderer.render(Diagnostic(
            .error, "\(student ?? "this student") has used \(used) of \(limit) attempt\(limit == 1 ? "" : "s") at this exam",
            hint: "ask your teacher for another attempt")))
        return ExitCode.failure
    }

    /// What the exam is before its first question: who, how many, the limits, and that the
    /// feedback comes at the end.
    func examHeading(_ session: QuizSession) -> String {
        var facts = ["\(session.total) question\(session.total == 1 ? "" : "s")"]
        if let student { facts.append("student \(student)") }
        if let seconds = options.timeLimit { facts.append("time limit \(Self.duration(seconds))") }
        if let attempts = options.attempts { facts.append("at most \(attempts) attempt\(attempts == 1 ? "" : "s")") }
        return TextWrapper.wrap("Exam: " + facts.joined(separator: ", ") + ". No feedback until the end; s skips a question, q hands in.",
                                width: terminal.width, indent: 0) + "\n"
    }

    /// `20m`, `1h 30m`, `45s`.
    static func duration(_ seconds: Int) -> String {
        let parts = [(seconds / 3600, "h"), (seconds % 3600 / 60, "m"), (seconds % 60, "s")].filter { $0.0 > 0 }
        return parts.map { "\($0.0)\($0.1)" }.joined(separator: " ")
    }
}
