/// A problem in a file of timings given to `pipeline bench fit FILE`, with where it is (the
/// file's start for a problem with the whole file, none when it cannot be read).
public typealias TimingFileError = LocatedError<TimingFileProblem>

/// What can be wrong in a file of timings.
public enum TimingFileProblem: ProblemKind {
    /// The file cannot be read as text (`reason` says why).
    case unreadable(path: String, reason: String)
    /// The path names something that is not a readable regular file: a folder, a pipe, a
    /// device, or a file the user may not read (`why` says which, and how to fix it).
    case unreadableFile(path: String, why: UnreadableFile)
    /// The CSV header lacks a required column (`n` or `seconds`).
    case missingColumn(name: String, header: [String])
    /// A CSV row has a different number of fields than the header.
    case wrongFieldCount(expected: Int, found: Int)
    /// A quoted CSV field with no closing quote.
    case unterminatedQuote
    /// A size that is not a whole number of 1 or more.
    case invalidSize(text: String)
    /// A time that is not a positive number of seconds.
    case invalidSeconds(text: String)
    /// An operation count that is not a whole number of 0 or more.
    case invalidOperations(text: String)
    /// Text that is not JSON, with the parser's reason.
    case invalidJSON(reason: String)
    /// JSON that is not shaped like a hyperfine export.
    case notHyperfineExport(reason: String)
    /// A hyperfine result with no parameter, or more than one.
    case parameterCount(names: [String])
    /// Hyperfine results that scan different parameters.
    case mixedParameters(first: String, other: String)
    /// A file with no timings at all.
    case noTimings
    /// Timings for fewer than three distinct sizes: too few to fit.
    case tooFewSizes(found: Int)
    /// More timings than `TimingFileParser.maximumTimings`.
    case tooManyTimings(found: Int, limit: Int)

    /// What is wrong and how to fix it.
    public var explanation: Explanation {
        let csvFormat: Hint = "write a header line 'n,seconds', then one line per repetition, such as '100,0.0123'"
        let hyperfineExport: Hint = "export with 'hyperfine --parameter-list n 10,30,100,300,1000 --export-json FILE \"command {n}\"'"
        let oneParameter: Hint = "scan exactly one parameter, such as 'hyperfine --parameter-list n 10,30,100,300,1000 …'"
        let moreSizes: Hint = "give repetitions for at least three sizes, ideally spread over two decades, such as 10, 100 and 1000"
        switch self {
        case .unreadable(let path, let reason):
            return Explanation("cannot read the timings file '\(path)': \(reason)",
                               fix: "check the path and that the file is readable")
        case .unreadableFile(let path, let why):
            return Explanation("cannot read the timings file '\(path)': \(why.reason)", fix: Hint(why.fix))
        case .missingColumn(let name, let header):
            return Explanation("the header has no '\(name)' column (it has \(header.map { "'\($0)'" }.joined(separator: ", ")))",
                               fix: csvFormat)
        case .wrongFieldCount(let expected, let found):
            return Explanation("this row has \(found) field\(found == 1 ? "" : "s"), but the header has \(expected)",
                               fix: csvFormat)
        case .unterminatedQuote:
            return Explanation("a quoted field is not closed", fix: csvFormat)
        case .invalidSize(let text):
            return Explanation("'\(text)' is not a size: n must be a whole number of 1 or more",
                               fix: "write the size as a whole number, such as 100")
        case .invalidSeconds(let text):
            return Explanation("'\(text)' is not a time: seconds must be a finite number of at least 1e-9 (1 ns)",
                               fix: "write the time in seconds as a plain number without a unit, such as 0.0123")
        case .invalidOperations(let text):
            return Explanation("'\(text)' is not an operation count: it must be a whole number of 0 or more",
                               fix: "leave the operations field empty when the count is unknown")
        case .invalidJSON(let reason):
            return Explanation("the file is not valid JSON: \(reason)", fix: hyperfineExport)
        case .notHyperfineExport(let reason):
            return Explanation("the JSON is not a hyperfine export: \(reason)", fix: hyperfineExport)
        case .parameterCount(let names):
            return Explanation(names.isEmpty
                                   ? "this hyperfine result has no parameter, so its size is unknown"
                                   : "this hyperfine result has \(names.count) parameters (\(names.joined(separator: ", "))), so its size is ambiguous",
                               fix: oneParameter)
        case .mixedParameters(let first, let other):
            return Explanation("this hyperfine result scans '\(other)', but the first one scans '\(first)'", fix: oneParameter)
        case .noTimings:
            return Explanation("the file holds no timings", fix: moreSizes)
        case .tooFewSizes(let found):
            return Explanation("the file has timings for \(found) distinct size\(found == 1 ? "" : "s"), but fitting needs at least 3",
                               fix: moreSizes)
        case .tooManyTimings(let found, let limit):
            return Explanation("the file holds \(found) timings, over the limit of \(limit)",
                               fix: "keep up to about 30 repetitions for each of up to a few dozen sizes: more do not sharpen the fit")
        }
    }
}
