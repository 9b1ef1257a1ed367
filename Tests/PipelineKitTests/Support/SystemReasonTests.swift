import Foundation
import Testing
@testable import PipelineKit

/// File errors are told in the system's words, not as "NSCocoaErrorDomain error 512".
@Suite struct SystemReasonTests {
    @Test func aFolderUnderAFileIsNotADirectory() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reason-\(UUID().uuidString)")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = #expect(throws: (any Error).self) {
            try FileManager.default.createDirectory(at: file.appendingPathComponent("inner"), withIntermediateDirectories: true)
        }
        #expect(error?.systemReason == "Not a directory")
    }

    @Test func aMissingFileIsNamedAsSuch() {
        let error = #expect(throws: (any Error).self) { try FileManager.default.removeItem(atPath: "/nonexistent-\(UUID().uuidString)") }
        #expect(error?.systemReason == "No such file or directory")
        #expect(POSIXError(.ENOSPC).systemReason == "No space left on device")
    }
}
