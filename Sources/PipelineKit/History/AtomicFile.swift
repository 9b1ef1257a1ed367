import Foundation

/// Writes files so that a reader sees the old content or the new, never half of either:
/// a uniquely named temporary file in the same folder, flushed, then renamed over the target.
public enum AtomicFile {
    /// Writes `value` as JSON (`JSONValue(encoding:)`: indented, keys sorted, ending in a
    /// newline), atomically. This is how every file of our own state is written.
    static func write(json value: some Encodable, to url: URL) throws(StoreError) {
        let text: String
        do { text = try JSONValue(encoding: value).rendered() } catch { throw .unwritable(path: url.path, reason: "it cannot be written as JSON: \(error)") }
        try write(Data((text + "\n").utf8), to: url)
    }

    public static func write(_ data: Data, to url: URL) throws(StoreError) {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw .unwritable(path: url.deletingLastPathComponent().path, reason: "cannot create a file there")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: url.path, reason: error.systemReason)
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: url.path, reason: "cannot rename the temporary file into place")
        }
    }

    /// Removes temporary files that writers killed mid-write left in `folder` (`.NAME.PID.UUID.tmp`).
    /// A write takes milliseconds, so a temporary older than `age` belongs to no live writer;
    /// younger ones are left alone, since another process may be about to rename one.
    static func sweepStaleTemporaries(in folder: URL, olderThan age: TimeInterval = 600, now: Date = Date()) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let path = folder.appendingPathComponent(name).path
            guard let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  now.timeIntervalSince(modified) > age else { continue }
            try? manager.removeItem(atPath: path)
        }
    }
}
