import Foundation
import Testing

/// `pipeline runs` lists what was recorded without hiding any of it silently: a terminal row
/// counts the outputs it leaves out, other formats keep them all, and `--limit` is obeyed
/// with or without the word `list` (and refused where it means nothing).
@Suite struct RunsListTests {
    static func runsFolder() throws -> (directory: URL, option: [String]) {
        let directory = try CLIHarness.temporaryDirectory()
        return (directory, ["--runs-dir", directory.appendingPathComponent("runs").path])
    }

    @Test func aRowCountsTheOutputsItLeavesOutAndCSVKeepsThemAll() throws {
        let (directory, runs) = try Self.runsFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(CLIHarness.run(["run", "platform"] + runs).status == 0)
        let text = CLIHarness.run(["runs"] + runs, width: 200)
        #expect(text.out.contains("churn.final_loss=") && text.out.contains("… 10 more"), "\(text.out)")
        let csv = CLIHarness.run(["runs", "--format", "csv"] + runs)
        #expect(csv.out.contains("demand.live_loss="), "\(csv.out)")
        #expect(!csv.out.contains("more"))
    }

    @Test func limitIsObeyedWithOrWithoutListAndRefusedElsewhere() throws {
        let (directory, runs) = try Self.runsFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        for rate in ["0.01", "0.1"] { #expect(CLIHarness.run(["run", "train-lr", "--param", "learning_rate=\(rate)"] + runs).status == 0) }
        for words in [["runs"], ["runs", "list"]] {
            let csv = CLIHarness.run(words + ["--limit", "1", "--format", "csv"] + runs)
            #expect(csv.out.split(separator: "\n").count == 2, "\(words): \(csv.out)")
        }
        let show = CLIHarness.run(["runs", "show", "anything", "--limit", "1"] + runs)
        #expect(show.status == 2 && show.err.contains("--limit applies to runs list"), "\(show.err)")
    }
}
