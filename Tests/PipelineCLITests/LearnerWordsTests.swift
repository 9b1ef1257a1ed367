import Foundation
import Testing
@testable import PipelineCLI
@testable import PipelineKit

/// Learner-facing text names lessons, never the pages they were written from: "seed" means
/// only a random seed, and the replay counts the table's steps ("step 7 of 9").
@Suite struct LearnerWordsTests {
    /// Every help screen and bundled screen a learner can reach without running anything long.
    static var screens: [[String]] {
        var screens: [[String]] = [["--help"], [], ["help"], ["lesson", "list"], ["quiz", "list"], ["completions", "--help"]]
        screens += CommandRegistry.all.map { [$0.spec.name, "--help"] }
        screens += HelpPrinter.topicNames.map { ["help", $0] }
        screens += LessonCatalog.bundled().lessons.map { ["lesson", "show", $0.id, "--no-pause"] }
        screens += QuizCatalog.bundled().banks.flatMap { $0.questions.map { ["quiz", "show", $0.id] } }
        screens += PipelineSource.bundledNames.map { ["show", $0] }
        return screens
    }

    @Test func noScreenNamesTheSourcePages() throws {
        let state = try CLIHarness.temporaryDirectory().path
        let insider = try Regex("(?i)seed (0|page|table)|seeds? 0\\d\\d|seed's")
        var checked = 0
        for arguments in Self.screens {
            let outcome = CLIHarness.run(arguments, environment: ["PIPELINE_STATE_DIR": state])
            #expect(outcome.status == 0, "pipeline \(arguments.joined(separator: " ")): \(outcome.err)")
            let text = outcome.out + outcome.err
            #expect(text.firstMatch(of: insider) == nil, "pipeline \(arguments.joined(separator: " ")) names a source page: \(text.firstMatch(of: insider).map { String(text[$0.range]) } ?? "")")
            checked += 1
        }
        #expect(checked > 40)
    }

    @Test func replayCountsStepsNotRows() {
        let outcome = CLIHarness.run(["replay", "--no-record"], input: ["", "g 9", "q"], interactive: true)
        #expect(outcome.out.contains("Step 1 of 9"))
        #expect(outcome.out.contains("go to step N"))
        #expect(!outcome.out.contains("Row "))
    }
}
