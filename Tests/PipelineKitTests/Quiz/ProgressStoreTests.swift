import Foundation
import Testing
@testable import PipelineKit

@Suite struct ProgressStoreTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func countsAtTheLargestIntegerSaturateInsteadOfCrashing() throws {
        let json = #"{"version": 1, "questions": {"q": {"attempts": 9223372036854775807, "correct": 9223372036854775807, "#
            + #""box": 9223372036854775807, "last_correct": true, "last_answered": ""}}}"#
        var progress = try JSONDecoder().decode(QuizProgress.self, from: Data(json.utf8))
        progress.record("q", correct: true)
        #expect(progress.questions["q"]?.attempts == Int.max)
        #expect(progress.questions["q"]?.correct == Int.max)
        #expect(progress.questions["q"]?.box == 5)
    }

    @Test func updatesFromManyWritersAtOnceKeepEveryAnswer() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ProgressStore(directory: directory)
        // Each update opens the lock file itself, so the flock serialises them as it does processes.
        DispatchQueue.concurrentPerform(iterations: 8) { writer in
            for answer in 0..<25 { _ = try? store.update { $0.record("q\(answer % 5)", correct: writer % 2 == 0) } }
        }
        let saved = try store.load().progress
        #expect(saved.questions.values.reduce(0) { $0 + $1.attempts } == 200)
    }

    @Test func anEmptyFileIsSetAsideAndTheAnswerKept() throws {
        // Found by the progress fuzz harness: reading an empty file must neither leak nor be refused.
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ProgressStore(directory: directory)
        try Data().write(to: store.file)
        let saved = try store.update { $0.record("q1", correct: true) }
        #expect(saved.warning?.message.contains("is not valid progress") == true)
        #expect(try store.load().progress.questions["q1"]?.correct == 1)
    }

    @Test func aCorruptFileIsSetAsideUnderANameThatDidNotExist() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ProgressStore(directory: directory)
        try Data("{ not json".utf8).write(to: store.file)
        // Every plausible set-aside name for this second is already taken by another file.
        let stamp = Int(Date().timeIntervalSince1970)
        for second in stamp...(stamp + 2) {
            try Data("keep \(second)".utf8).write(to: directory.appendingPathComponent("progress.json.corrupt-\(second)"))
        }
        let (loaded, warning) = try store.load()
        #expect(loaded == QuizProgress())
        let message = try #require(warning?.message)
        #expect(message.contains("moved to"))
        for second in stamp...(stamp + 2) {
            #expect(try String(contentsOf: directory.appendingPathComponent("progress.json.corrupt-\(second)"), encoding: .utf8) == "keep \(second)")
        }
        let aside = try #require(message.components(separatedBy: "moved to ").last)
        #expect(try String(contentsOfFile: aside, encoding: .utf8) == "{ not json")
        #expect(!FileManager.default.fileExists(atPath: store.file.path))
    }

    @Test func aProgressFileThatCannotBeReadIsRefusedNotTakenForEmpty() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ProgressStore(directory: directory)
        try FileManager.default.createDirectory(at: store.file, withIntermediateDirectories: true)
        let error = #expect(throws: ProgressError.self) { try store.load() }
        #expect(error?.diagnostic.message.contains("not a regular file") == true)
        #expect(throws: ProgressError.self) { try store.update { $0.record("q", correct: true) } }
        #expect(FileManager.default.fileExists(atPath: store.file.path))
    }

    @Test(.enabled(if: geteuid() != 0, "root reads any file"))
    func aFileWithoutReadPermissionIsRefused() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ProgressStore(directory: directory)
        try store.update { $0.record("q", correct: true) }
        chmod(store.file.path, 0)
        let error = #expect(throws: ProgressError.self) { try store.load() }
        #expect(error?.diagnostic.message.contains("permission denied (mode 0)") == true)
    }

    @Test func aFailedSaveNamesTheStateFolderAndTheVariable() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The state folder's parent is a file, so the folder cannot be made (even by root).
        try Data().write(to: directory.appendingPathComponent("file"))
        let store = ProgressStore(directory: directory.appendingPathComponent("file/state"))
        let error = #expect(throws: ProgressError.self) { try store.update { $0.record("q", correct: true) } }
        let diagnostic = try #require(error?.diagnostic)
        #expect(diagnostic.message.contains(directory.appendingPathComponent("file/state").path))
        #expect(diagnostic.hint?.contains("PIPELINE_STATE_DIR") == true)
        #expect(diagnostic.hint?.contains("--") == false)
    }

    @Test func staleTemporariesAreSweptYoungOnesKept() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ProgressStore(directory: directory)
        let stale = directory.appendingPathComponent(".progress.json.1.OLD.tmp"), young = directory.appendingPathComponent(".progress.json.2.NEW.tmp")
        try Data("x".utf8).write(to: stale)
        try Data("y".utf8).write(to: young)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: stale.path)
        try store.update { $0.record("q", correct: true) }
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: young.path))
    }
}
