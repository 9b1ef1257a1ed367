/// A problem in a file of timings given to `pipeline bench fit FILE`.
public enum TimingFileError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    /// The CSV header lacks a required column (`n` or `seconds`).
    case missingColumn(name: String, header: [String], at: SourceLocation)
    /// A CSV row has a different number of fields than the header.
    case wrongFieldCount(expected: Int, found: Int, at: SourceLocation)
    case unterminatedQuote(at: SourceLocation)
    /// A size that is not a whole number of 1 or more.
    case invalidSize(text: String, at: SourceLocation)
    /// A time that is not a positive number of seconds.
    case invalidSeconds(text: String, at: SourceLocation)
    /// An operation count that is not a whole number of 0 or more.
    case invalidOperations(text: String, at: SourceLocation)
    /// Text that is not JSON, with the parser's reason.
    case invalidJSON(reason: String, at: SourceLocation)
    /// JSON that is not shaped like a hyperfine export.
    case notHyperfineExport(reason: String, at: SourceLocation)
    /// A hyperfine result with no parameter, or more than one.
    case parameterCount(names: [String], at: SourceLocation)
    /// Hyperfine results that scan different parameters.
    case mixedParameters(first: String, other: String, at: SourceLocation)
    case noTimings(file: String)
    case tooFewSizes(found: Int, file: String)
    /// More timings than `TimingFileParser.maximumTimings`.
    case tooManyTimings(found: Int, limit: Int, file: String)

    /// Where the problem is, when it is in the file.
    var location: SourceLocation? {
        switch self {
        case .missingColumn(_, _, let at), .wrongFieldCount(_, _, let at), .unterminatedQuote(let at),
             .invalidSize(_, let at), .invalidSeconds(_, let at), .invalidOperations(_, let at),
             .invalidJSON(_, let at), .notHyperfineExport(_, let at), .parameterCount(_, let at),
             .mixedParameters(_, _, let at):
            return at
        case .noTimings(let file), .tooFewSizes(_, let file), .tooManyTimings(_, _, let file):
            return SourceLocation(file: file, line: 1, column: 1)
        case .unreadable:
            return nil
        }
    }

    /// The error as a diagnostic: what is wrong, where, and how to fix it.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    private var message: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read the timings file '\(path)': \(reason)"
        case .missingColumn(let name, let header, _):
            return "the header has no '\(name)' column (it has \(header.map { "'\($0)'" }.joined(separator: ", ")))"
        case .wrongFieldCount(let expected, let found, _):
            return "this row has \(found) field\(found == 1 ? "" : "s"), but the header has \(expected)"
        case .unterminatedQuote: return "a quoted field is not closed"
        case .invalidSize(let text, _): return "'\(text)' is not a size: n must be a whole number of 1 or more"
        case .invalidSeconds(let text, _): return "'\(text)' is not a time: seconds must be a finite number of at least 1e-9 (1 ns)"
        case .invalidOperations(let text, _): return "'\(text)' is not an operation count: it must be a whole number of 0 or more"
        case .invalidJSON(let reason, _): return "the file is not valid JSON: \(reason)"
        case .notHyperfineExport(let reason, _): return "the JSON is not a hyperfine export: \(reason)"
        case .parameterCount(let names, _):
            return names.isEmpty
                ? "this hyperfine result has no parameter, so its size is unknown"
                : "this hyperfine result has \(names.count) parameters (\(names.joined(separator: ", "))), so its size is ambiguous"
        case .mixedParameters(let first, let other, _):
            return "this hyperfine result scans '\(other)', but the first one scans '\(first)'"
        case .noTimings: return "the file holds no timings"
        case .tooFewSizes(let found, _):
            return "the file has timings for \(found) distinct size\(found == 1 ? "" : "s"), but fitting needs at least 3"
        case .tooManyTimings(let found, let limit, _):
            return "the file holds \(found) timings, over the limit of \(limit)"
        }
    }

    private var hint: String {
        switch self {
        case .unreadable: return "check the path and that the file is readable"
        case .missingColumn, .wrongFieldCount, .unterminatedQuote:
            return "write a header line 'n,seconds', then one line per repetition, such as '100,0.0123'"
        case .invalidSize: return "write the size as a whole number, such as 100"
        case .invalidSeconds: return "write the time in seconds as a plain number without a unit, such as 0.0123"
        case .invalidOperations: return "leave the operations field empty when the count is unknown"
        case .invalidJSON, .notHyperfineExport:
            return "export with 'hyperfine --parameter-list n 10,30,100,300,1000 --export-json FILE \"command {n}\"'"
        case .parameterCount, .mixedParameters:
            return "scan exactly one parameter, such as 'hyperfine --parameter-list n 10,30,100,300,1000 …'"
        case .tooManyTimings:
            return "keep up to about 30 repetitions for each of up to a few dozen sizes: more do not sharpen the fit"
        case .noTimings, .tooFewSizes:
            return "give repetitions for at least three sizes, ideally spread over two decades, such as 10, 100 and 1000"
        }
    }
}
