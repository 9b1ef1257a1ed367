import Foundation

/// Timings a user brings to `pipeline bench fit FILE`, grouped into one point per size.
public struct TimingFile: Equatable, Sendable {
    enum Format: String, Equatable, Sendable {
        case csv
        case hyperfine
    }

    let format: Format
    /// What the sizes are called: `n` for CSV, the scanned parameter for hyperfine.
    public let parameterName: String
    /// One point per size, ascending; operations are known only when the CSV has that column.
    public let points: [BenchPoint]
}

/// Reads timings from CSV (`n,seconds`, one line per repetition) or a hyperfine JSON export.
///
/// CSV: a header naming at least the columns `n` and `seconds` (any order, any case, other
/// columns allowed and ignored except an optional `operations`), then one row per repetition;
/// a size repeated on several rows gives that size several repetitions. Blank lines and lines
/// starting with `#` are skipped; fields may be quoted as RFC 4180 says.
///
/// Hyperfine: `{"results": [{"parameters": {"n": "10"}, "times": [seconds, …]}, …]}` with
/// exactly one parameter, of any name, the same in every result.
public enum TimingFileParser {
    /// The shortest time accepted: 1 ns. Below it no clock measures, and the fit's logarithms
    /// and percentages stop being numbers a person can read.
    static let minimumSeconds = 1e-9

    /// Reads and parses the file at `path`; the format is chosen by content (see `parse`).
    public static func load(path: String) throws(TimingFileError) -> TimingFile {
        let text: String
        do {
            text = try SourceText.load(path: path, limit: maximumBytes).text
        } catch {
            let reason: String
            switch error.kind {
            case .notFound: reason = "no such file"
            case .unreadable(_, let why): throw TimingFileError(.unreadableFile(path: path, why: why), at: nil)
            case .tooLarge(_, let bytes, let limit): reason = "it is \(bytes) bytes, over the limit of \(limit)"
            case .invalidUTF8: reason = "it is not UTF-8 text"
            case .characterTooLong(_, let limit):
                reason = "line \(error.location?.line ?? 1) holds a character of more than \(limit) Unicode scalars (stacked combining marks)"
            }
            throw TimingFileError(.unreadable(path: path, reason: reason), at: nil)
        }
        return try parse(text, file: path)
    }

    /// The largest timings file read: 1 MB, some 30 000 rows of `n,seconds`.
    static let maximumBytes = 1_000_000
    /// The most timings (rows, or hyperfine times) in one file; the fit's bootstrap resamples
    /// them many times, so this bounds its time and memory.
    static let maximumTimings = 10_000

    /// Parses `text` as hyperfine JSON when it starts with `{` (after white space), else as CSV.
    /// `file` names the file in error locations.
    static func parse(_ text: String, file: String) throws(TimingFileError) -> TimingFile {
        if text.first(where: { !$0.isWhitespace }) == "{" { return try parseHyperfine(text, file: file) }
        return try parseCSV(text, file: file)
    }

    // MARK: - CSV

    /// Parses CSV timings; see the type's note for the format.
    static func parseCSV(_ text: String, file: String) throws(TimingFileError) -> TimingFile {
        var header: (names: [String], n: Int, seconds: Int, operations: Int?)?
        var rows: [(n: Int, seconds: Double, operations: Int?)] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let location = { (column: Int) in SourceLocation(file: file, line: index + 1, column: column) }
            let fields = try CSVLine.fields(of: line, location: location)
            guard let columns = header else {
                let names = fields.map { $0.text.lowercased() }
                for required in ["n", "seconds"] where !names.contains(required) {
                    throw TimingFileError(.missingColumn(name: required, header: fields.map(\.text)), at: location(1))
                }
                header = (names, names.firstIndex(of: "n") ?? 0, names.firstIndex(of: "seconds") ?? 0,
                          names.firstIndex(of: "operations"))
                continue
            }
            guard fields.count == columns.names.count else {
                throw TimingFileError(.wrongFieldCount(expected: columns.names.count, found: fields.count),
                                      at: location(fields.last.map { $0.column } ?? 1))
            }
            let size = fields[columns.n], seconds = fields[columns.seconds]
            guard let n = wholeNumber(size.text), n >= 1 else { throw TimingFileError(.invalidSize(text: size.text), at: location(size.column)) }
            guard let time = Double(seconds.text), time.isFinite, time >= minimumSeconds else {
                throw TimingFileError(.invalidSeconds(text: seconds.text), at: location(seconds.column))
            }
            var operations: Int?
            if let column = columns.operations, !fields[column].text.isEmpty {
                guard let count = wholeNumber(fields[column].text), count >= 0 else {
                    throw TimingFileError(.invalidOperations(text: fields[column].text), at: location(fields[column].column))
                }
                operations = count
            }
            rows.append((n, time, operations))
        }
        let points = try group(rows, file: file)
        return TimingFile(format: .csv, parameterName: "n", points: points)
    }

    // MARK: - Shared

    /// One point per size, ascending, after checking there are enough sizes.
    static func group(_ rows: [(n: Int, seconds: Double, operations: Int?)], file: String)
        throws(TimingFileError) -> [BenchPoint]
    {
        guard !rows.isEmpty else { throw TimingFileError(.noTimings, at: .start(of: file)) }
        guard rows.count <= maximumTimings else { throw TimingFileError(.tooManyTimings(found: rows.count, limit: maximumTimings), at: .start(of: file)) }
        var samples: [Int: [Double]] = [:], operations: [Int: Int] = [:]
        for row in rows {
            samples[row.n, default: []].append(row.seconds)
            if let count = row.operations { operations[row.n] = count }
        }
        guard samples.count >= 3 else { throw TimingFileError(.tooFewSizes(found: samples.count), at: .start(of: file)) }
        return samples.keys.sorted().map { n in
            BenchPoint(n: n, operations: operations[n], samples: samples[n] ?? [])
        }
    }

    /// `"100"`, `" 100 "`, `"1e3"` and `"100.0"` as 100; anything not a whole number as `nil`.
    static func wholeNumber(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(trimmed) { return value }
        guard let value = Double(trimmed), value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }
}
