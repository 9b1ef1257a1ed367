import Foundation

extension TimingFileParser {
    /// Parses a hyperfine JSON export; see the type's note for the shape.
    ///
    /// Foundation parses the JSON, so syntax errors are located as well as its message allows
    /// (an offset it names, or the end of the text); shape errors point at the result's key.
    static func parseHyperfine(_ text: String, file: String) throws(TimingFileError) -> TimingFile {
        let locator = JSONLocator(text: text, file: file)
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "it cannot be parsed"
            throw .invalidJSON(reason: reason, at: locator.syntaxErrorLocation(reason))
        }
        guard let object = root as? [String: Any], let results = object["results"] as? [Any] else {
            throw .notHyperfineExport(reason: "it has no \"results\" list", at: locator.location(ofKey: "results"))
        }
        var parameter: String?
        var rows: [(n: Int, seconds: Double, operations: Int?)] = []
        for (index, element) in results.enumerated() {
            let resultStart = locator.offset(ofKey: "command", occurrence: index) ?? locator.offset(ofKey: "results")
            guard let result = element as? [String: Any] else {
                throw .notHyperfineExport(reason: "result \(index + 1) is not an object",
                                          at: locator.location(ofKey: "results"))
            }
            let parametersAt = locator.location(ofKey: "parameters", after: resultStart)
            let parameters = result["parameters"] as? [String: Any] ?? [:]
            guard parameters.count == 1, let (name, value) = parameters.first else {
                throw .parameterCount(names: parameters.keys.sorted(), at: parametersAt)
            }
            if let first = parameter, first != name {
                throw .mixedParameters(first: first, other: name, at: parametersAt)
            }
            parameter = name
            let shown = value as? String ?? (value as? NSNumber)?.stringValue ?? "\(value)"
            guard let n = wholeNumber(shown), n >= 1 else { throw .invalidSize(text: shown, at: parametersAt) }
            let timesAt = locator.location(ofKey: "times", after: resultStart)
            guard let times = result["times"] as? [Any], !times.isEmpty else {
                throw .notHyperfineExport(reason: "result \(index + 1) has no \"times\" list", at: timesAt)
            }
            for time in times {
                guard let number = time as? NSNumber, number.doubleValue.isFinite, number.doubleValue >= minimumSeconds else {
                    throw .invalidSeconds(text: "\(time)", at: timesAt)
                }
                rows.append((n, number.doubleValue, nil))
            }
        }
        let points = try group(rows, file: file)
        return TimingFile(format: .hyperfine, parameterName: parameter ?? "n", points: points)
    }
}

/// Finds line and column of places in JSON text, for errors Foundation's parser cannot place.
struct JSONLocator {
    let text: String
    let file: String

    /// The offset, in UTF-8 bytes, of the `occurrence`-th (0-based) `"key"` at or after `start`.
    func offset(ofKey key: String, occurrence: Int = 0, after start: Int? = nil) -> Int? {
        let bytes = Array(text.utf8), needle = Array("\"\(key)\"".utf8)
        var found = 0, index = start ?? 0
        while index + needle.count <= bytes.count {
            if bytes[index..<index + needle.count].elementsEqual(needle) {
                if found == occurrence { return index }
                found += 1
            }
            index += 1
        }
        return nil
    }

    /// Where `"key"` first appears at or after `start`, or the start of the text.
    func location(ofKey key: String, after start: Int? = nil) -> SourceLocation {
        location(ofByte: offset(ofKey: key, after: start) ?? start ?? 0)
    }

    /// The location a Foundation message names ("around line L, column C" or "around character
    /// N"), the end of the text for "end of file", else the start.
    func syntaxErrorLocation(_ message: String) -> SourceLocation {
        let numbers = message.split { !$0.isNumber }.compactMap { Int($0) }
        if message.contains("line"), message.contains("column"), numbers.count >= 2 {
            return SourceLocation(file: file, line: numbers[0], column: numbers[1])
        }
        if message.contains("character"), let offset = numbers.first { return location(ofByte: offset) }
        if message.lowercased().contains("end of file") { return location(ofByte: text.utf8.count) }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    /// 1-based line and character column of a UTF-8 byte offset.
    func location(ofByte offset: Int) -> SourceLocation {
        let prefix = text.utf8.prefix(max(0, offset))
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.index(after: $0) } ?? prefix.startIndex
        let line = prefix.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let column = (String(text.utf8[lineStart..<prefix.endIndex]) ?? "").count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
