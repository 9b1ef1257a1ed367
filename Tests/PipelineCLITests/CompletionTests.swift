import Foundation
import Testing
@testable import PipelineCLI

/// Each shell's completion script, loaded into the real shell: `pipeline lesson show <TAB>`
/// offers lesson ids, `pipeline runs show <TAB>` the ids of recorded runs, `--bank <TAB>`
/// bank ids. zsh and fish are installed by `Scripts/install-shells.sh` (CI runs it); on a
/// machine without them, their cases are skipped unless `PIPELINE_REQUIRE_SHELLS` is set.
@Suite struct CompletionTests {
    /// What to type before TAB, and a word the completion must offer (nil: a recorded run id).
    struct Typed: Sendable, CustomStringConvertible {
        var words: [String]
        var offers: String?
        var description: String { words.joined(separator: " ") }
    }

    static let typed = [
        Typed(words: ["lesson", "show", ""], offers: "deep-dive"),
        Typed(words: ["lesson", ""], offers: "practice"),
        Typed(words: ["runs", "show", ""], offers: nil),
        Typed(words: ["rerun", ""], offers: nil),
        Typed(words: ["quiz", "--bank", ""], offers: "parameterized-runs"),
        Typed(words: ["show", ""], offers: "train-lr"),
    ]

    /// A script that loads the completion and prints what each typed line offers, one line each.
    static func driver(_ shell: String, script: String) -> String {
        let lines = typed.map { $0.words.map { "'\($0)'" }.joined(separator: " ") }
        switch shell {
        case "bash":
            return "source '\(script)'\n" + lines.map { "COMP_WORDS=(pipeline \($0)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _pipeline; echo \"${COMPREPLY[*]}\"" }.joined(separator: "\n") + "\n"
        case "zsh":
            // Outside the line editor, the completion builtins print what they would offer.
            return """
            compdef() { : }
            compadd() { if [[ $1 == -a ]]; then print -rn -- "${(P)2} "; else [[ $1 == -- ]] && shift; print -rn -- "$* "; fi }
            _arguments() { local last=${@[-1]}; [[ $last == *'('*')' ]] && print -rn -- "${${last#*[(]}%[)]} " }
            _describe() { : }
            source '\(script)'

            """ + lines.map { "words=(pipeline \($0)); CURRENT=${#words}; PREFIX=''; _pipeline; print" }.joined(separator: "\n") + "\n"
        default:
            return "source '\(script)'\n" + typed.map { "complete -C'pipeline \($0.words.joined(separator: " "))' | cut -f1 | string join ' '" }.joined(separator: "\n") + "\n"
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func offersNamesAndRunIDs(shell: String) throws {
        guard let shellPath = ["/bin/", "/usr/bin/", "/usr/local/bin/"].map({ $0 + shell }).first(where: FileManager.default.isExecutableFile) else {
            if ProcessInfo.processInfo.environment["PIPELINE_REQUIRE_SHELLS"] != nil { Issue.record("\(shell) is not installed: run Scripts/install-shells.sh") }
            return
        }
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let runs = directory.appendingPathComponent("runs").path
        let recorded = try CLIHarness.exec(["run", "train-lr", "--param", "learning_rate=0.01", "--format", "json"], environment: ["PIPELINE_RUNS_DIR": runs])
        let runID = try #require(recorded.out.firstMatch(of: /"run_id" *: *"([^"]+)"/)?.1).description
        let script = directory.appendingPathComponent("completion.\(shell)")
        try CLIHarness.exec(["completions", shell]).out.write(to: script, atomically: true, encoding: .utf8)
        let driver = directory.appendingPathComponent("driver.\(shell)")
        try Self.driver(shell, script: script.path).write(to: driver, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: shellPath)
        process.arguments = [driver.path]
        process.environment = ["PATH": CLIHarness.executable.deletingLastPathComponent().path + ":/usr/bin:/bin",
                               "PIPELINE_RUNS_DIR": runs, "HOME": directory.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: " ").map(String.init) }
        for (index, typed) in Self.typed.enumerated() {
            let offered = index < lines.count ? lines[index] : []
            #expect(offered.contains(typed.offers ?? runID), "\(shell): 'pipeline \(typed)' offered \(offered)")
        }
        // `lesson show <TAB>` offers lessons only, never the subcommands again.
        #expect(!(lines.first ?? []).contains("show"), "\(shell): \(lines.first ?? [])")
    }
}
