import Foundation
import Testing
@testable import PipelineCLI
@testable import PipelineKit

/// The library speaks in its own terms: no PipelineKit source names a flag or a command of the
/// executable, or writes an ANSI escape. The executable words `UserAction`s and styles text.
@Suite struct LibraryVocabularyTests {
    /// The simulated step scripts read their own flags (`--lr`, `--epochs`), their contracts
    /// declare them, and the bench workloads write them into their steps: they are not the executable's.
    static let scriptFolders = ["Engine/Scripts/", "Definition/Contracts/", "Bench/Workloads/"]
    /// Reports and exported files name the command that made them (`# pipeline bench steps: …`,
    /// ``# Exported by `pipeline export NAME --to TARGET` ``): provenance, not advice.
    static let provenanceLines = ["pipeline bench \\(workload", "Exported by `pipeline export \\("]

    static var librarySources: [(path: String, lines: [Substring])] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/PipelineKit")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return files.compactMap { file in
            let relative = String(file.path.dropFirst(root.path.count + 1))
            guard !scriptFolders.contains(where: relative.hasPrefix), let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
            return (relative, text.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    /// The line without a trailing `//` comment (and nothing for a comment line).
    static func code(_ line: Substring) -> Substring {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("//") { return "" }
        if let comment = line.range(of: " // ") { return line[..<comment.lowerBound] }
        return line
    }

    static func offences(matching isOffence: (Substring) -> String?) -> [String] {
        librarySources.flatMap { source in
            source.lines.enumerated().compactMap { number, line in
                isOffence(code(line)).map { "Sources/PipelineKit/\(source.path):\(number + 1): \($0)" }
            }
        }
    }

    @Test func theLibraryNamesNoFlagOfTheExecutable() {
        let flags = Set(CommandRegistry.all.flatMap { $0.spec.options.map { "--" + $0.name } })
        #expect(flags.contains("--param") && flags.contains("--runs-dir"))
        let found = Self.offences { line in
            guard !Self.provenanceLines.contains(where: line.contains) else { return nil }
            return flags.first { flag in
                var rest = line[...]
                while let range = rest.range(of: flag) {
                    let next = rest[range.upperBound...].first
                    if next.map({ !($0.isLetter || $0.isNumber || $0 == "-") }) ?? true { return true }
                    rest = rest[range.upperBound...]
                }
                return false
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func theLibraryNamesNoCommandOfTheExecutable() {
        let commands = CommandRegistry.names.map { "pipeline \($0)" }
        let found = Self.offences { line in
            guard !Self.provenanceLines.contains(where: line.contains) else { return nil }
            return commands.first { line.contains($0) }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func theLibraryWritesNoANSIEscape() {
        let found = Self.offences { line in line.contains("u{1B}[") || line.contains("\\e[") || line.contains("u{001B}[") ? "ANSI escape" : nil }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func hintsAreWordedWithTheExecutablesFlags() {
        let hint: Hint = "pass \(UserAction.passParameter(name: "epochs", value: "VALUE")), or \(UserAction.skipRecording)"
        #expect(hint.commandLine == "pass --param epochs=VALUE, or --no-record")
        let unwritable = StoreError.unwritable(path: "/tmp/runs", reason: "read-only").diagnostic
        #expect(unwritable.hint?.commandLine == "choose another folder with --runs-dir, or pass --no-record")
    }
}

@Suite struct ProgressSaveFailureTests {
    @Test func aFailedSaveNamesTheStateFolderAndItsVariable() {
        let folder = "/dev/null/state"
        let outcome = CLIHarness.run(["quiz", "--bank", "parameterized-runs", "--count", "1", "--answers", "A"],
                                     environment: ["PIPELINE_STATE_DIR": folder])
        #expect(outcome.err.contains(folder))
        #expect(outcome.err.contains("PIPELINE_STATE_DIR"))
        #expect(!outcome.err.contains("--runs-dir") && !outcome.err.contains("--no-record"))
    }
}
