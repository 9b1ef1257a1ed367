import Foundation

/// The text of an input file, checked before any parser sees it: at most
/// `maximumBytes` long, valid UTF-8, without a leading byte-order mark.
///
/// Line breaks are kept as written (`\n` or `\r\n`); the readers split lines with
/// `isNewline`, for which `"\r\n"` is one character.
public struct SourceText: Equatable, Sendable {
    /// The largest file read, in bytes: definitions, params files and banks are far smaller.
    public static let maximumBytes = 5_000_000

    /// The name used in error locations (the path as the user typed it).
    public let file: String
    /// The decoded text.
    public let text: String

    init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    /// Reads and decodes the file at `path`.
    ///
    /// - Parameters:
    ///   - path: where to read.
    ///   - displayName: the name shown in locations and messages; `path` when `nil`.
    /// - Throws: `SourceTextError` when the file is missing, unreadable, too large or not UTF-8.
    public static func load(path: String, displayName: String? = nil, limit: Int = maximumBytes) throws(SourceTextError) -> SourceText {
        let name = displayName ?? path
        let size = try regularFileSize(path: path, name: name)
        guard size <= limit else { throw SourceTextError(.tooLarge(file: name, bytes: size, limit: limit), at: nil) }
        return try decode(try read(path, name: name, limit: limit), file: name, limit: limit)
    }

    /// The size of the regular file at `path`, checked with `stat` before anything opens it:
    /// a FIFO with no writer would block the open forever, and a device never ends.
    ///
    /// - Throws: `.notFound`, or `.unreadable` for a folder, a FIFO, a device, a socket or a
    ///   file the user may not read.
    static func regularFileSize(path: String, name: String) throws(SourceTextError) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw SourceTextError(.notFound(file: name), at: nil) }
            throw SourceTextError(.unreadable(file: name, why: .system(String(cString: strerror(errno)))), at: nil)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw SourceTextError(.unreadable(file: name, why: .folder), at: nil)
        case S_IFIFO: throw SourceTextError(.unreadable(file: name, why: .pipe), at: nil)
        case S_IFCHR, S_IFBLK: throw SourceTextError(.unreadable(file: name, why: .device), at: nil)
        default: throw SourceTextError(.unreadable(file: name, why: .socket), at: nil)
        }
        guard access(path, R_OK) == 0 else {
            throw SourceTextError(.unreadable(file: name, why: .permission), at: nil)
        }
        return Int(info.st_size)
    }

    /// The file's bytes, read through a file handle; stops one byte past the limit, so a file
    /// that grows while it is read cannot fill memory.
    private static func read(_ path: String, name: String, limit: Int) throws(SourceTextError) -> Data {
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            var data = Data()
            while data.count <= limit, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
            }
            return data
        } catch {
            throw SourceTextError(.unreadable(file: name, why: .system(error.systemReason)), at: nil)
        }
    }

    /// Decodes file contents: refuses more than `maximumBytes` and invalid UTF-8 (naming the
    /// line and column of the first bad byte), and strips a leading byte-order mark.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ data: Data, file: String, limit: Int = maximumBytes) throws(SourceTextError) -> SourceText {
        guard data.count <= limit else {
            throw SourceTextError(.tooLarge(file: file, bytes: data.count, limit: limit), at: nil)
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstInvalidByte(in: bytes) {
            throw SourceTextError(.invalidUTF8, at: location(ofByte: bad, in: bytes, file: file))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Only text beyond ASCII can hold a character of many scalars.
        if bytes.contains(where: { $0 >= 0x80 }), let (location, scalars) = firstOverlongCharacter(in: text, file: file) {
            throw SourceTextError(.characterTooLong(scalars: scalars, limit: maximumScalarsPerCharacter), at: location)
        }
        return SourceText(file: file, text: text)
    }

    // MARK: - Characters of many scalars

    /// The most Unicode scalars one character (grapheme cluster) may hold: a letter and 31
    /// marks. Unicode's stream-safe text format (UAX #15) allows 30 combining marks in a row;
    /// the longest emoji sequences have about 10 scalars. A letter followed by millions of
    /// marks is one character to every string operation, and each of them would walk it whole.
    public static let maximumScalarsPerCharacter = 32

    /// The first character holding more than `maximumScalarsPerCharacter` scalars, with where
    /// it starts and how many it holds.
    ///
    /// - Complexity: O(n): each character is walked once.
    static func firstOverlongCharacter<Text: StringProtocol>(in text: Text, file: String) -> (SourceLocation, Int)? {
        var line = 1
        var column = 1
        for character in text {
            if character.unicodeScalars.count > maximumScalarsPerCharacter {
                return (SourceLocation(file: file, line: line, column: column), character.unicodeScalars.count)
            }
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    // MARK: - UTF-8 validation

    /// The offset of the first byte that does not start or continue a well-formed UTF-8
    /// sequence (overlong forms, surrogates and values over U+10FFFF are refused).
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return index
            }
            guard index + 1 < bytes.count, second.contains(bytes[index + 1]) else { return index }
            for offset in 2..<length {
                guard index + offset < bytes.count, (0x80...0xBF).contains(bytes[index + offset]) else { return index }
            }
            index += length
        }
        return nil
    }

    /// The line and column (in characters, as the readers count them) of a byte offset.
    private static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let before = String(decoding: bytes[..<offset], as: UTF8.self)
        let lines = before.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return SourceLocation(file: file, line: lines.count, column: (lines.last?.count ?? 0) + 1)
    }
}
