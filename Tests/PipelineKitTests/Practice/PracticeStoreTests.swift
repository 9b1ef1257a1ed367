import Foundation
import Testing
@testable import PipelineKit

/// The practice file is kept by the same `ProgressFile` as the quiz progress: these check the
/// practice side's words and that it, too, never replaces a file it could not read.
@Suite struct PracticeStoreTests {
    func folder() throws -> URL { try ProgressStoreTests().folder() }

    @Test func savesAndReadsBackAScore() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = PracticeStore(directory: directory)
        try store.update { $0.record(session: "train-lr", right: 2, answered: 3, total: 6, finished: false) }
        let (progress, warning) = store.load()
        #expect(warning == nil)
        #expect(progress.latestPredictions.map(\.right) == [2])
    }

    @Test func aCorruptFileIsSetAsideAndTheWarningSaysWhere() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = PracticeStore(directory: directory)
        try Data("{ not json".utf8).write(to: store.progressFile.file)
        let (progress, warning) = store.load()
        #expect(progress == PracticeProgress())
        let message = try #require(warning?.message)
        #expect(message.hasPrefix("the practice progress file \(store.progressFile.file.path) is not valid progress; it was moved to "))
        let aside = try #require(message.components(separatedBy: "moved to ").last)
        #expect(try String(contentsOfFile: aside, encoding: .utf8) == "{ not json")
    }

    @Test func aFileThatCannotBeReadIsRefusedNotReplaced() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = PracticeStore(directory: directory)
        try FileManager.default.createDirectory(at: store.progressFile.file, withIntermediateDirectories: true)
        #expect(store.load().warning?.message.contains("not a regular file") == true)
        let error = #expect(throws: DiagnosticError.self) { try store.update { $0.exercises["e"] = PracticeProgress.ExerciseRecord() } }
        #expect(error?.diagnostics.first?.message.contains("cannot read the practice progress file") == true)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: store.progressFile.file.path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    @Test func aFailedSaveNamesTheStateFolderAndTheVariable() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data().write(to: directory.appendingPathComponent("file"))
        let store = PracticeStore(directory: directory.appendingPathComponent("file/state"))
        let error = #expect(throws: DiagnosticError.self) { try store.update { $0.exercises["e"] = PracticeProgress.ExerciseRecord() } }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.message.hasPrefix("cannot save practice progress in the state folder \(directory.appendingPathComponent("file/state").path)"))
        #expect(diagnostic.hint?.contains("PIPELINE_STATE_DIR") == true)
    }
}
