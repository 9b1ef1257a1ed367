import Foundation
import Testing
@testable import PipelineKit

/// The results a teacher collects: `--student`, `--result FILE.json|csv`, `--format json|csv`,
/// `quiz results` and `quiz report`.
@Suite struct QuizResultTests {
    /// Under --shuffle every answer is "A", whatever option the shuffle put there: the result
    /// names the option by its key in the bank, which is the option the learner saw under A.
    @Test func theResultNamesBankKeysUnderAShuffle() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        let count = 8
        let answers = Array(repeating: "A", count: count).joined(separator: ",")
        let outcome = CLIHarness.run(["quiz", "--bank", "complexity", "--shuffle", "--seed", "7", "--count", String(count), "--answers", answers,
                                      "--student", "ana", "--result", "ana.json"], width: 400, environment: environment, directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains("Result saved to ana.json."))
        let result = try QuizFixtures.object(try String(contentsOf: directory.appendingPathComponent("ana.json"), encoding: .utf8))
        let text = try #require(EmbeddedContent.text(atPath: "quizzes/complexity.json"))
        #expect(result["student"] as? String == "ana")
        #expect(result["mode"] as? String == "practice")
        #expect(result["seed"] as? Int == 7)
        #expect(result["tool_version"] as? String == "0.1.0")
        #expect(result["ended"] as? String == "finished")
        let banks = try #require(result["banks"] as? [[String: Any]])
        #expect(banks.count == 1 && banks[0]["id"] as? String == "complexity")
        #expect(banks[0]["hash"] as? String == PipelineDefinition.hash(of: text))
        for key in ["started", "finished"] {
            #expect(ISO8601DateFormatter().date(from: result[key] as? String ?? "") != nil, "\(key)")
        }
        // What the learner saw under A, read from the screen, is the option the result names.
        let bank = try #require(QuizCatalog.bundled().banks.first { $0.id == "complexity" })
        let questions = try #require(result["questions"] as? [[String: Any]])
        #expect(questions.count == count)
        var relabelled = 0
        for entry in questions {
            let id = try #require(entry["id"] as? String)
            let chosen = try #require((entry["chosen"] as? [String])?.first)
            #expect(entry["shown"] as? [String] == ["A"])
            let question = try #require(bank.questions.first { $0.id == id })
            let screen = try #require(outcome.out.components(separatedBy: "[\(id)]").dropFirst().first)
            let shownText = try #require(screen.split(separator: "\n").first { $0.hasPrefix("  A) ") }).dropFirst(5)
            #expect(question.options.first { $0.key == chosen }?.text == String(shownText), "\(id)")
            #expect(entry["is_correct"] as? Bool == (question.rightKeys == [chosen]), "\(id)")
            #expect(entry["right"] as? [String] == question.rightKeys)
            if chosen != "A" { relabelled += 1 }
        }
        #expect(relabelled > 0, "the shuffle moved no option")
        #expect(result["score"] as? Int == questions.count { $0["is_correct"] as? Bool == true })
    }

    @Test func csvCarriesTheSameFieldsOnEveryRow() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        let outcome = CLIHarness.run(["quiz", "--bank", "sweeps", "--shuffle", "--seed", "3", "--count", "3", "--answers", "A,B,-", "--format", "csv"],
                                     environment: environment.merging(["PIPELINE_STUDENT": "ben"]) { $1 }, directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        let lines = outcome.out.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.first == ["student", "bank", "bank_hash", "mode", "started", "finished", "ended", "seed", "tool_version", "position", "question",
                                "bank_position", "type", "shown", "chosen", "response", "right", "tolerance", "outcome", "is_correct"])
        #expect(lines.count == 4)
        for row in lines.dropFirst() {
            #expect(row[0] == "ben" && row[1] == "sweeps" && row[2].count == 16 && row[7] == "3" && row[8] == "0.1.0")
        }
        #expect(lines[3][18] == "skipped" && lines[3][19] == "false")
    }

    @Test func anInteractiveQuizWithJSONShowsItsQuestions() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        let outcome = CLIHarness.run(["quiz", "--bank", "parameterized-runs", "--count", "1", "--format", "json"], input: ["d", ""], interactive: true,
                                     environment: environment, directory: directory.path)
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains("Question 1 of 1"))
        #expect(outcome.out.contains("A) "))
        #expect(outcome.out.contains("✓ Right: D."))
        #expect(outcome.out.contains(#""chosen": ["#))
    }

    /// Three students' results merged: share right per question and what each option drew.
    @Test func reportMergesThreeResultFiles() throws {
        let (directory, environment) = try QuizFixtures.folder(["types.json": QuizFixtures.types])
        let given = ["ana": "A+C,12,0.2175,grid search,T", "ben": "A,12,0.3,sweep,F", "cleo": "A+B,-,0.2179,grids,T"]
        for (student, answers) in given {
            let outcome = CLIHarness.run(["quiz", "--bank", "types.json", "--answers", answers, "--student", student, "--result", "\(student).json"],
                                         environment: environment, directory: directory.path)
            #expect(outcome.status == 0, "\(outcome.err)")
        }
        let report = CLIHarness.run(["quiz", "report", "ana.json", "ben.json", "cleo.json"], width: 200, environment: environment, directory: directory.path)
        #expect(report.status == 0, "\(report.err)")
        #expect(report.out.contains("3 results of types-demo"))
        let rows = report.out.split(separator: "\n").map(String.init)
        let multiple = try #require(rows.first { $0.contains("td-multiple") })
        #expect(multiple.contains("1 (33%)") && multiple.contains("A* 3, B 1, C* 1"), "\(multiple)")
        let numeric = try #require(rows.first { $0.contains("td-numeric") })
        #expect(numeric.contains("2 (67%)") && numeric.contains("|         1 |"), "\(numeric)")
        let loss = try #require(rows.first { $0.contains("td-trace-loss") })
        #expect(loss.contains("2 (67%)"), "\(loss)")
        let tf = try #require(rows.first { $0.contains("td-tf") })
        #expect(tf.contains("A* 2, B 1"), "\(tf)")
        let json = try QuizFixtures.object(CLIHarness.run(["quiz", "report", "ana.json", "ben.json", "cleo.json", "--format", "json"],
                                                          environment: environment, directory: directory.path).out)
        let questions = try #require(json["questions"] as? [[String: Any]])
        let short = try #require(questions.first { $0["id"] as? String == "td-short" })
        let answers = try #require(short["answers"] as? [[String: Any]])
        #expect(answers.map { $0["students"] as? [String] ?? [] }.sorted { $0.joined() < $1.joined() } == [["ana"], ["ben"], ["cleo"]])
        #expect(short["correct"] as? Int == 2)
    }

    @Test func reportRefusesMixedBanksAndFilesThatAreNotResults() throws {
        let (directory, environment) = try QuizFixtures.folder(["types.json": QuizFixtures.types, "other.json": #"{"score": 3}"#])
        _ = CLIHarness.run(["quiz", "--bank", "types.json", "--answers", "-,-,-,-,-", "--result", "a.json"], environment: environment, directory: directory.path)
        _ = CLIHarness.run(["quiz", "--bank", "sweeps", "--count", "1", "--answers", "B", "--result", "b.json"], environment: environment, directory: directory.path)
        // The same bank id with other text: another version of the bank.
        try QuizFixtures.types.replacingOccurrences(of: "Multiply the counts.", with: "Multiply.")
            .write(to: directory.appendingPathComponent("types.json"), atomically: true, encoding: .utf8)
        _ = CLIHarness.run(["quiz", "--bank", "types.json", "--answers", "-,-,-,-,-", "--result", "c.json"], environment: environment, directory: directory.path)
        let mixed = CLIHarness.run(["quiz", "report", "a.json", "b.json"], environment: environment, directory: directory.path)
        #expect(mixed.status == 2)
        #expect(mixed.err.contains("b.json answers bank 'sweeps'"))
        #expect(mixed.err.contains("one report covers one version of one bank"))
        let versions = CLIHarness.run(["quiz", "report", "a.json", "c.json"], environment: environment, directory: directory.path)
        #expect(versions.status == 2)
        #expect(versions.err.contains("c.json answers bank 'types-demo' (hash"))
        let junk = CLIHarness.run(["quiz", "report", "a.json", "other.json", "missing.json"], environment: environment, directory: directory.path)
        #expect(junk.status == 2)
        #expect(junk.err.contains("other.json is not a quiz result file: it has no '"))
        #expect(junk.err.contains("cannot read missing.json"))
    }

    @Test func resultsExportsProgress() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        _ = CLIHarness.run(["quiz", "--bank", "sweeps", "--count", "2", "--answers", "B,A"], environment: environment, directory: directory.path)
        let csv = CLIHarness.run(["quiz", "results", "--format", "csv", "--student", "ana"], environment: environment, directory: directory.path)
        #expect(csv.status == 0)
        let lines = csv.out.split(separator: "\n")
        #expect(lines.first == "student,bank,question,attempts,correct,last_correct,box,last_answered")
        #expect(lines.count == 3)
        #expect(lines.contains { $0.hasPrefix("ana,sweeps,") && $0.contains(",1,1,true,2,") })
        #expect(lines.contains { $0.hasPrefix("ana,sweeps,") && $0.contains(",1,0,false,1,") })
        let json = try QuizFixtures.object(CLIHarness.run(["quiz", "results", "--format", "json"], environment: environment, directory: directory.path).out)
        #expect((json["questions"] as? [[String: Any]])?.count == 2)
        let text = CLIHarness.run(["quiz", "results"], environment: environment, directory: directory.path)
        #expect(text.out.contains("sweeps"))
    }

    @Test func optionsAnActionDoesNotUseAreRefused() throws {
        let (directory, environment) = try QuizFixtures.folder([:])
        let list = CLIHarness.run(["quiz", "list", "--exam", "--count", "3"], environment: environment, directory: directory.path)
        #expect(list.status == 2)
        #expect(list.err.contains("quiz list does not use --count, --exam: remove them"))
        let report = CLIHarness.run(["quiz", "report", "a.json", "--student", "ana"], environment: environment, directory: directory.path)
        #expect(report.err.contains("quiz report does not use --student: remove it"))
        let save = CLIHarness.run(["quiz", "--bank", "sweeps", "--save", "x.json", "--answers", "A"], environment: environment, directory: directory.path)
        #expect(save.err.contains("--save writes generated questions as a bank"))
        let nowhere = CLIHarness.run(["quiz", "--bank", "sweeps", "--count", "1", "--answers", "B", "--result", "missing/ana.json"],
                                     environment: environment, directory: directory.path)
        #expect(nowhere.status == 2)
        #expect(nowhere.err.contains("--result missing/ana.json: the folder"))
        #expect(!nowhere.out.contains("Question 1"))
    }
}
