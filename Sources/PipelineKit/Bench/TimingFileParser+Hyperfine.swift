extension TimingFileParser {
    /// Parses a hyperfine JSON export; see the type's note for the shape.
    ///
    /// `JSONReader` reads the text, so every error points at the exact place: a syntax error at
    /// its character, a missing key at the object that lacks it, a bad time at that time.
    static func parseHyperfine(_ text: String, file: String) throws(TimingFileError) -> TimingFile {
        let root: YAMLNode
        do {
            root = try JSONReader.parse(text, file: file)
        } catch {
            throw TimingFileError(.invalidJSON(reason: error.message), at: error.location)
        }
        guard case .mapping(let top, _) = root, case .sequence(let results, let resultsAt)? = top.value(of: "results") else {
            throw TimingFileError(.notHyperfineExport(reason: "it has no \"results\" list"), at: entries(of: root).location(of: "results") ?? root.location)
        }
        var parameter: String?
        var rows: [(n: Int, seconds: Double, operations: Int?)] = []
        for (index, element) in results.enumerated() {
            guard case .mapping(let result, let resultAt) = element else {
                throw TimingFileError(.notHyperfineExport(reason: "result \(index + 1) is not an object"), at: resultsAt)
            }
            let firstKeyAt = result.first?.key.location ?? resultAt
            let parametersAt = result.location(of: "parameters") ?? firstKeyAt
            let parameters: [YAMLEntry]
            if case .mapping(let entries, _)? = result.value(of: "parameters") { parameters = entries } else { parameters = [] }
            guard parameters.count == 1, let only = parameters.first, case .scalar(let value) = only.value else {
                throw TimingFileError(.parameterCount(names: parameters.map(\.key.text).sorted()), at: parametersAt)
            }
            let name = only.key.text
            if let first = parameter, first != name {
                throw TimingFileError(.mixedParameters(first: first, other: name), at: parametersAt)
            }
            parameter = name
            guard let n = wholeNumber(value.text), n >= 1 else { throw TimingFileError(.invalidSize(text: value.text), at: value.location) }
            guard case .sequence(let times, _)? = result.value(of: "times"), !times.isEmpty else {
                throw TimingFileError(.notHyperfineExport(reason: "result \(index + 1) has no \"times\" list"),
                                      at: result.location(of: "times") ?? firstKeyAt)
            }
            for time in times {
                guard case .scalar(let scalar) = time, scalar.style == .plain, let seconds = Double(scalar.text),
                      seconds.isFinite, seconds >= minimumSeconds else {
                    throw TimingFileError(.invalidSeconds(text: Self.shown(time)), at: time.location)
                }
                rows.append((n, seconds, nil))
            }
        }
        let points = try group(rows, file: file)
        return TimingFile(format: .hyperfine, parameterName: parameter ?? "n", points: points)
    }

    /// The entries of an object, or none.
    private static func entries(of node: YAMLNode) -> [YAMLEntry] {
        if case .mapping(let entries, _) = node { return entries }
        return []
    }

    /// A time as the user wrote it, for the message.
    private static func shown(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): return scalar.text
        case .sequence: return "a list"
        case .mapping: return "an object"
        }
    }
}

private extension [YAMLEntry] {
    /// The value of the first entry named `key`.
    func value(of key: String) -> YAMLNode? { first { $0.key.text == key }?.value }

    /// Where the key `key` is written.
    func location(of key: String) -> SourceLocation? { first { $0.key.text == key }?.key.location }
}
