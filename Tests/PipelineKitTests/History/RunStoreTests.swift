import Foundation
import Testing
@testable import PipelineKit

@Suite struct RunStoreTests {
    static func temporaryStore() throws -> RunStore {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runs-\(UUID().uuidString)")
        return RunStore(directory: url)
    }

    static func record(_ rate: String = "0.01", secret: String? = nil) throws -> RunRecord {
        let name = secret == nil ? "train-lr" : "secrets-env"
        let definition = try RunEngineTests.bundled(name)
        var assignments = [ParameterAssignment(name: "learning_rate", text: rate)]
        if let secret { assignments += [ParameterAssignment(name: "api_key", text: secret), ParameterAssignment(name: "data_path", text: "d.csv")] }
        var session = RunSession(definition: definition)
        let result = try session.run(ParameterRequest(assignments: assignments))
        return RunRecord(id: RunStore.newID(), time: Date(), toolVersion: "test", definition: definition, result: result)
    }

    @Test func savesAndReadsBackARecord() throws {
        let store = try Self.temporaryStore()
        let record = try Self.record()
        try store.save(record)
        #expect(try store.record(record.id) == record)
        #expect(try store.record(String(record.id.prefix(9))).id == record.id)
        #expect(store.list().records.map(\.id) == [record.id])
    }

    @Test func aSaveSweepsAwayTemporariesOfDeadWritersOnly() throws {
        let store = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory) }
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        let stale = store.directory.appendingPathComponent(".old.json.1.A.tmp")
        let fresh = store.directory.appendingPathComponent(".new.json.2.B.tmp")
        for file in [stale, fresh] { #expect(FileManager.default.createFile(atPath: file.path, contents: Data("{".utf8))) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: stale.path)
        let record = try Self.record()
        try store.save(record)
        #expect(!FileManager.default.fileExists(atPath: stale.path), "an hour-old temporary is a dead writer's")
        #expect(FileManager.default.fileExists(atPath: fresh.path), "a fresh one may be about to be renamed")
        #expect(store.list().records.map(\.id) == [record.id])
    }

    @Test func concurrentWritersLeaveEveryRecordIntact() async throws {
        let store = try Self.temporaryStore()
        let records = try (0..<20).map { try Self.record("0.0\($0 % 9 + 1)") }
        await withTaskGroup(of: Void.self) { group in
            for record in records { group.addTask { try? store.save(record) } }
        }
        let listed = store.list()
        #expect(listed.records.count == 20)
        #expect(listed.unreadable.isEmpty)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aCorruptRecordIsReportedNotFatal() throws {
        let store = try Self.temporaryStore()
        try store.save(try Self.record())
        try Data("{ half a record".utf8).write(to: store.directory.appendingPathComponent("broken.json"))
        let listed = store.list()
        #expect(listed.records.count == 1)
        #expect(listed.unreadable.map(\.file) == ["broken.json"])
    }

    @Test func secretsAreNeverWritten() throws {
        let store = try Self.temporaryStore()
        let record = try Self.record(secret: "sk-test-0123456789")
        try store.save(record)
        let text = try String(contentsOf: store.directory.appendingPathComponent("\(record.id).json"), encoding: .utf8)
        #expect(!text.contains("sk-test-0123456789"))
        #expect(text.contains("[REDACTED]"))
    }

    @Test func unknownIDsSayHowToList() throws {
        let store = try Self.temporaryStore()
        let error = #expect(throws: StoreError.self) { try store.record("nope") }
        #expect(error?.diagnostic.hint == "list the runs with: \(UserAction.listRuns)")
    }
}

@Suite struct RunIDTests {
    @Test(arguments: ["", "../outside", "a/b", "..", ".hidden", "x\u{1B}]0;title\u{07}"])
    func idsThatAreNotPlainNamesAreRefusedBeforeAnyPathIsBuilt(_ id: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("runs-\(UUID().uuidString)/runs")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // A record-shaped file outside the runs folder must stay out of reach.
        try Data("{}".utf8).write(to: directory.deletingLastPathComponent().appendingPathComponent("outside.json"))
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let error = #expect(throws: StoreError.self) { try RunStore(directory: directory).record(id) }
        #expect(error == .notARunID(id: id))
        #expect(error?.diagnostic.message.contains("\u{1B}") == false)
    }
}
