import Foundation
import PipelineKit

/// `quiz --generate N --pipeline P --run … [--save FILE]`: fresh questions about a run
/// session, as a bank (saved when asked).
enum GeneratedBank {
    /// The questions as a bank whose id comes from the file it is saved to (`hw3.json` → `hw3`),
    /// else from the pipeline.
    static func make(_ count: Int, pipeline: String, runs: [String], seed: UInt64, saveFile: String?,
                     terminal: Terminal) throws(DiagnosticError) -> (bank: QuizBank, text: String) {
        let trace = Question.Trace(pipeline: pipeline, runs: runs.isEmpty ? [""] : runs, check: nil)
        let report = try TraceQuestions.report(for: trace, curriculum: terminal.curriculum, base: terminal.currentDirectory)
        let questions = QuestionGenerator(report: report, trace: trace).generate(count, seed: seed)
        let name = saveFile.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "generated-\(pipeline)"
        return QuizBank.generated(questions, id: identifier(name), pipeline: pipeline)
    }

    /// `My Bank (2)` → `my-bank-2`: lower-case words joined by hyphens.
    static func identifier(_ name: String) -> String {
        let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "generated" : words.joined(separator: "-")
    }

    /// Writes the bank; refuses to replace a file that is already there.
    static func save(_ generated: (bank: QuizBank, text: String), to path: String, typed: String) throws(DiagnosticError) {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw DiagnosticError(Diagnostic(.error, "\(typed) already exists; --save does not replace a file", hint: "choose a new file name, or move the old one away"))
        }
        do {
            try AtomicFile.write(Data(generated.text.utf8), to: URL(fileURLWithPath: path))
        } catch {
            throw DiagnosticError(Diagnostic(.error, "cannot save the bank to \(typed): \(error.diagnostic.message)", hint: "choose a file in a folder you can write to"))
        }
    }
}
