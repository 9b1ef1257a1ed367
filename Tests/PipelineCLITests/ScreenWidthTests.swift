import Foundation
import Testing
@testable import PipelineCLI

/// Every screen the README shows keeps each data token whole at 40, 60, 80 and 140 columns:
/// run ids, numbers, `name=value` pairs, `[REDACTED]` and identifiers are never cut, whether the
/// text wraps, a table narrows or falls back to one record per row.
@Suite struct ScreenWidthTests {
    /// The README's screens, in the order a learner meets them.
    static let screens: [[String]] = [
        [],
        ["run", "train-lr", "--param", "learning_rate=0.01"],
        ["replay"],
        ["sweep", "three-steps", "--param", "learning_rate=0.001,0.01,0.1", "--param", "batch_size=16,32"],
        ["runs", "list"],
        ["lesson", "list"],
        ["quiz", "list"],
        ["quiz", "show", "pr-visual-step7"],
        ["exercise", "list"],
    ]

    static let widths = [40, 60, 80, 140]

    /// The tokens a reader copies: anything holding a digit, `=`, `_`, `-` (ids, options) or a redaction mark,
    /// with table borders and surrounding punctuation taken off.
    static func dataTokens(in text: String) -> Set<String> {
        let borders = CharacterSet(charactersIn: "|+│─┼┬┴├┤┌┐└┘═")
        let trim = CharacterSet(charactersIn: "()[],.;:'\"`").union(borders)
        var tokens = Set<String>()
        // A measured time ("in 15 ms", "(314 µs)") differs between two runs of the same screen.
        let untimed = text.replacingOccurrences(of: #"\d+(\.\d+)?\s?(ms|µs|ns|s)\b"#, with: "", options: .regularExpression)
        for word in untimed.components(separatedBy: .whitespacesAndNewlines) {
            for piece in word.components(separatedBy: borders) {
                let token = piece.trimmingCharacters(in: trim)
                guard token.count > 1 else { continue }
                if token.contains(where: { $0.isNumber || $0 == "=" || $0 == "_" || $0 == "-" }) || token.contains("REDACTED") {
                    tokens.insert(token)
                }
            }
        }
        return tokens
    }

    @Test(arguments: screens)
    func everyDataTokenStaysWhole(_ arguments: [String]) throws {
        let state = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        // Records made once, so `runs list` has rows and every width reads the same ones.
        let environment = ["PIPELINE_STATE_DIR": state.appendingPathComponent("state").path,
                           "PIPELINE_RUNS_DIR": state.appendingPathComponent("runs").path]
        for seedRun in [["run", "train-lr", "--param", "learning_rate=0.01"], ["run", "three-steps", "--param", "learning_rate=0.1"]] {
            _ = CLIHarness.run(seedRun, environment: environment)
        }
        let screen = arguments + (["run", "replay", "sweep"].contains(arguments.first ?? "") ? ["--no-record"] : [])
        var wideEnvironment = environment
        wideEnvironment["COLUMNS"] = "1000"
        let wide = CLIHarness.run(screen, environment: wideEnvironment)
        #expect(wide.status == 0, "pipeline \(screen.joined(separator: " ")): \(wide.err)")
        let tokens = Self.dataTokens(in: wide.out)
        #expect(!tokens.isEmpty, "pipeline \(screen.joined(separator: " ")) shows no data tokens")
        for width in Self.widths {
            var narrowEnvironment = environment
            narrowEnvironment["COLUMNS"] = String(width)
            let narrow = CLIHarness.run(screen, environment: narrowEnvironment)
            #expect(narrow.status == wide.status)
            // Times differ between runs (a step's µs, a run's ms): compare what does not depend on the clock.
            let cut = tokens.filter { !narrow.out.contains($0) && !Self.isTiming($0) }
            #expect(cut.isEmpty, "pipeline \(screen.joined(separator: " ")) at \(width) columns cuts \(cut.sorted().prefix(5))")
        }
    }

    /// A measured duration or a clock reading, which differs between two runs of the same screen.
    static func isTiming(_ token: String) -> Bool {
        token.hasSuffix("ms") || token.hasSuffix("µs") || token.hasSuffix("s") && token.dropLast().allSatisfy { $0.isNumber || $0 == "." }
            || token.contains(":") || token.range(of: #"^\d{4}-\d\d-\d\d"#, options: .regularExpression) != nil
    }
}
