import Foundation

/// Somewhere text goes: standard output, standard error, or a buffer in tests.
public protocol TextSink: AnyObject, Sendable {
    func write(_ text: String)
    /// Why a write failed (`No space left on device`), or `nil` while every write succeeded.
    var failure: String? { get }
}

extension TextSink {
    public var failure: String? { nil }
}

/// Writes straight to a file descriptor, unbuffered, so lines appear in order when piped.
/// The first failed write is remembered (and later writes are dropped), so the command can
/// end with a message and exit 1 instead of claiming success. Text bound for a terminal is
/// made neutral first (``TerminalText``): user text cannot send it control sequences.
public final class FileHandleSink: TextSink, @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var failed: String?
    /// Whether control characters are escaped: when the descriptor is a terminal, unless told.
    let escapesControls: Bool

    public init(_ handle: FileHandle, escapesControls: Bool? = nil) {
        descriptor = handle.fileDescriptor
        self.escapesControls = escapesControls ?? (isatty(handle.fileDescriptor) == 1)
    }

    public func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        guard failed == nil else { return }
        let bytes = Array((escapesControls ? TerminalText.neutral(text) : TerminalText.withToolSequences(text)).utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failed = String(cString: strerror(errno))
                return
            }
            offset += written
        }
    }

    public var failure: String? {
        lock.lock()
        defer { lock.unlock() }
        return failed
    }
}

/// Collects text in memory, for tests.
public final class BufferSink: TextSink, @unchecked Sendable {
    private let lock = NSLock()
    private var storage = ""

    public init() {}

    public func write(_ text: String) {
        lock.lock()
        storage += TerminalText.withToolSequences(text)
        lock.unlock()
    }

    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
