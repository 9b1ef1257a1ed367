import Foundation

/// Writes files so that a reader sees the old content or the new, never half of either:
/// a uniquely named temporary file in the same folder, flushed, then renamed over the target.
public enum AtomicFile {
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
            throw .unwritable(path: url.path, reason: "\(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(path: url.path, reason: "cannot rename the temporary file into place")
        }
    }
}
