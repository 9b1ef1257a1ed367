import Foundation
import Testing
@testable import PipelineCLI

/// Control characters in user text never reach a terminal raw: a pipeline name, a value, a
/// description, a file path or an echoed id cannot retitle the window or clear the screen.
@Suite struct NeutralOutputTests {
    @Test func controlCharactersAreShownEscaped() {
        let title = "\u{1B}]0;pwned\u{07}"
        #expect(TerminalText.neutral("name \(title) end\n") == "name \\e]0;pwned\\x07 end\n")
        #expect(TerminalText.neutral("csi \u{9B}2J and \u{1B}[2J and bell\u{07}\u{7F}") == "csi \\x9b2J and \\e[2J and bell\\x07\\x7f")
        #expect(TerminalText.neutral("over\rwrite") == "over\\rwrite")
        #expect(TerminalText.neutral("tabs\tand\nlines\n") == "tabs\tand\nlines\n")
        // Even a colour from user text is shown, never obeyed: only the tool's own sequences,
        // built by ANSI with an introducer no input can spell, become escapes.
        #expect(TerminalText.neutral("red \u{1B}[31m text") == "red \\e[31m text")
        #expect(TerminalText.neutral(ANSI.styled("bold", "1;33") + " x") == "\u{1B}[1;33mbold\u{1B}[0m x")
        #expect(TerminalText.neutral(ANSI.clearLine + "3/9 runs") == "\u{1B}[1G\u{1B}[K3/9 runs")
        #expect(TerminalText.neutral(ANSI.clearScreen + "\u{1B}[H\u{1B}[2J") == "\u{1B}[H\u{1B}[2J\\e[H\\e[2J")
        #expect(TerminalText.neutral("plain text") == "plain text")
        // Off a terminal (a file, a pipe) the text is left as it is; the tool's sequences
        // still become escapes (--color always into a pager).
        #expect(TerminalText.withToolSequences("a\u{07}" + ANSI.reset) == "a\u{07}\u{1B}[0m")
    }

    @Test func aPipelineShownOnATerminalCarriesNoRawEscape() throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let esc = "\u{1B}"
        // A name that retitles the window, a description that clears the screen, a value with a bell.
        let text = "pipeline:\n  name: \"evil\(esc)]0;pwned\u{07}\"\n  description: \"clears\(esc)[2J\(esc)[H\"\n"
            + "  parameters:\n    - {name: note, type: string, default: \"ding\u{07}\"}\n"
            + "  steps:\n    - a: {run: mine.sh, simulated: false, args: \"${{ parameters.note }}\"}\n"
        try text.write(to: directory.appendingPathComponent("evil\(esc)[31m.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["run", "evil\(esc)[31m.yaml", "--no-record"], ["run", "evil\(esc)[31m.yaml", "--param", "note=\(esc)]0;x\u{07}", "--no-record"],
                          ["runs", "show", "r\(esc)]0;title\u{07}"], ["quiz", "--bank", "b\(esc)[2J", "--answers", "A"],
                          ["run", "evil\(esc)[31m.yaml", "--dry-run"], ["show", "evil\(esc)[31m.yaml"]] {
            let terminal = try PseudoTerminal()
            let process = Process()
            process.executableURL = CLIHarness.executable
            process.arguments = arguments
            process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "COLUMNS": "200",
                                   "PIPELINE_RUNS_DIR": directory.appendingPathComponent("runs").path]
            process.currentDirectoryURL = directory
            process.standardInput = terminal.child
            process.standardOutput = terminal.child
            process.standardError = terminal.child
            try process.run()
            // Read while it writes (a full pseudo-terminal would block it), then what is left.
            while process.isRunning { terminal.drain() }
            terminal.drain()
            #expect(!terminal.output.contains(esc), "\(arguments): raw ESC in \(terminal.output.debugDescription)")
            #expect(!terminal.output.contains("\u{07}"), "\(arguments): raw BEL")
            #expect(terminal.output.contains("\\e"), "\(arguments): \(terminal.output)")
        }
    }
}

extension PseudoTerminal {
    /// Reads whatever is left to read, without waiting for more.
    func drain() {
        _ = try? waitFor("\u{0}never printed\u{0}", occurrences: 1, seconds: 1)
    }
}
