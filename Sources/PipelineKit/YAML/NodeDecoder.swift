/// Reads a document's node tree for a loader: checks a mapping's keys, finds required keys,
/// reads typed values, and collects every problem as a `Diagnostic`, so a file's problems are
/// reported together.
///
/// The checks every loader shares are written here once; each loader keeps its own rules and
/// its own words for where a value sits (`the bank`, `step 'train_model'`, `course.yaml`).
struct NodeDecoder {
    /// How a file writes its values.
    enum Dialect: Equatable, Sendable {
        /// Any scalar is text, however quoted; `true`, `false` and numbers may be quoted too.
        case yaml
        /// Text is double-quoted; `true`, `false` and numbers are not (a question bank).
        case json
    }

    let dialect: Dialect
    /// Whether an empty value (`name:`, `null`, `~`) reads as no text at all rather than as
    /// text of the wrong kind.
    let emptyTextIsAbsent: Bool
    /// How to fix a value of the wrong kind when the check gives no hint of its own
    /// (`see docs/pipeline-format.md for the shape of a pipeline file`).
    let shapeHint: Hint?
    /// Every problem found so far, in the order found.
    private(set) var problems: [Diagnostic] = []

    init(dialect: Dialect = .yaml, emptyTextIsAbsent: Bool = false, shapeHint: Hint? = nil) {
        self.dialect = dialect
        self.emptyTextIsAbsent = emptyTextIsAbsent
        self.shapeHint = shapeHint
    }

    /// What text is called in messages: `text` in YAML, `a string` in JSON.
    var textWord: String { dialect == .json ? "a string" : "text" }

    // MARK: - Problems

    /// Notes a problem the loader found itself.
    mutating func report(_ diagnostic: Diagnostic) {
        problems.append(diagnostic)
    }

    /// Notes problems the loader found itself.
    mutating func report(_ diagnostics: [Diagnostic]) {
        problems.append(contentsOf: diagnostics)
    }

    /// Notes a problem every decoder can meet.
    mutating func report(_ problem: DecodingProblem, at location: SourceLocation) {
        problems.append(LocatedError(problem, at: location).diagnostic)
    }

    /// Notes that `node` is not `what` (`a list of steps`), with `hint` or else the shape hint.
    mutating func expected(_ what: String, found node: YAMLNode, hint: Hint? = nil) {
        report(.expected(what: what, found: description(of: node), hint: hint ?? shapeHint), at: node.location)
    }

    /// What a node is, in words; in JSON a string and a number are told apart (`the string "1"`).
    func description(of node: YAMLNode) -> String {
        guard dialect == .json, let scalar = node.scalar else { return node.kindDescription }
        if scalar.style == .doubleQuoted { return "the string \"\(scalar.text)\"" }
        if scalar.isNull { return "null" }
        return Double(scalar.text) == nil ? "the value \(scalar.text)" : "the number \(scalar.text)"
    }

    // MARK: - Keys

    /// Reports every key of `entries` that is not allowed, with the allowed key it most likely
    /// meant.
    ///
    /// - Parameters:
    ///   - allowed: the keys accepted and listed in the hint.
    ///   - context: where the mapping is, in words (`a question`, `step 'train_model'`).
    ///   - unlisted: keys accepted but not listed (`$schema`).
    ///   - extra: names suggested though not accepted here (a wrapper key, misspelt).
    /// - Complexity: O(e · a) for e entries and a allowed keys.
    mutating func checkKeys(_ entries: [YAMLEntry], allowed: [String], context: String,
                            unlisted: [String] = [], alsoSuggesting extra: [String] = []) {
        for entry in entries where !allowed.contains(entry.key.text) && !unlisted.contains(entry.key.text) {
            let suggestion = NameSuggester.closest(to: entry.key.text, in: allowed + unlisted + extra)
            report(.unknownKey(key: entry.key.text, context: context, suggestion: suggestion, allowed: allowed), at: entry.key.location)
        }
    }

    /// The value of `key` in `mapping`, or a "has no" problem when it is absent (or empty,
    /// when empty text counts as absent).
    ///
    /// - Parameters:
    ///   - context: the mapping in words (`this parameter`, `the bank`).
    ///   - example: how the key is written (`run: train.py`).
    ///   - location: where to point (defaults to the mapping).
    mutating func required(_ key: String, in mapping: YAMLNode, context: String, example: String,
                           at location: SourceLocation? = nil) -> YAMLNode? {
        if let value = mapping[key], !(emptyTextIsAbsent && value.scalar?.isNull == true) { return value }
        report(.missingKey(key: key, context: context, example: example), at: location ?? mapping.location)
        return nil
    }

    // MARK: - Values

    /// The text of `key`'s value, or nil (with a problem unless the value is absent).
    ///
    /// - Parameter what: the expected value in words (defaults to `text`, or `a string` in JSON).
    mutating func text(_ node: YAMLNode?, key: String, what: String? = nil, hint: Hint? = nil) -> String? {
        guard let node else { return nil }
        if emptyTextIsAbsent, node.scalar?.isNull == true { return nil }
        guard let scalar = node.scalar, isText(scalar) else {
            let advice = hint ?? (dialect == .json ? Hint("write \"\(key)\": \"…\"") : nil)
            expected("\(what ?? textWord) for '\(key)'", found: node, hint: advice)
            return nil
        }
        return scalar.text
    }

    /// The text of a key that must be there: a "has no" problem when absent, else as `text`.
    mutating func requiredText(_ key: String, in mapping: YAMLNode, context: String, example: String,
                               at location: SourceLocation? = nil, what: String? = nil) -> String? {
        guard let node = required(key, in: mapping, context: context, example: example, at: location) else { return nil }
        return text(node, key: key, what: what)
    }

    /// The text items of a list (none when `node` is absent), each with its location.
    ///
    /// - Parameters:
    ///   - what: the expected value in words (`a list of strings`, `a path or a list of paths`).
    ///   - item: one item in words (`a path`; defaults to `text`, or `a string` in JSON).
    ///   - allowsOne: a single text (or an empty value) stands for a list of one (or none).
    mutating func texts(_ node: YAMLNode?, key: String, what: String, item: String? = nil, allowsOne: Bool = false, hint: Hint? = nil) -> [YAMLScalar] {
        guard let node else { return [] }
        if allowsOne, let scalar = node.scalar {
            if scalar.isNull { return [] }
            if isText(scalar) { return [scalar] }
        }
        guard let items = node.items else {
            expected("\(what) for '\(key)'", found: node, hint: hint)
            return []
        }
        var found: [YAMLScalar] = []
        for node in items {
            if let scalar = node.scalar, isText(scalar) { found.append(scalar) } else {
                expected("\(item ?? textWord) in '\(key)'", found: node, hint: hint)
            }
        }
        return found
    }

    /// One of `choices`, written as its raw value (`succeeds`), or nil with a problem.
    mutating func word<Choice: RawRepresentable<String>>(_ node: YAMLNode?, key: String, of choices: [Choice]) -> Choice? {
        guard let node, let text = text(node, key: key) else { return nil }
        guard let chosen = Choice(rawValue: text) else {
            expected(choices.map(\.rawValue).joined(separator: " or ") + " for '\(key)'", found: node)
            return nil
        }
        return chosen
    }

    /// `true` or `false` (never quoted in JSON), or nil with a problem.
    mutating func bool(_ node: YAMLNode?, key: String) -> Bool? {
        guard let node else { return nil }
        guard let scalar = node.scalar, scalar.text == "true" || scalar.text == "false", dialect == .yaml || scalar.style == .plain else {
            expected("true or false for '\(key)'", found: node)
            return nil
        }
        return scalar.text == "true"
    }

    /// A finite number that `isValid` accepts, or nil with a problem.
    ///
    /// - Parameter what: the expected value in words (`a number of 0 or more`).
    mutating func number(_ node: YAMLNode?, key: String, what: String = "a number",
                         hint: Hint? = nil, where isValid: (Double) -> Bool = { _ in true }) -> Double? {
        guard let node else { return nil }
        guard let value = numberValue(node), isValid(value) else {
            expected("\(what) for '\(key)'", found: node, hint: hint)
            return nil
        }
        return value
    }

    /// A whole number that `isValid` accepts, or nil with a problem.
    ///
    /// - Parameter what: the expected value in words (`a whole number from 1`).
    mutating func wholeNumber(_ node: YAMLNode?, key: String, what: String = "a whole number",
                              hint: Hint? = nil, where isValid: (Int) -> Bool = { _ in true }) -> Int? {
        guard let node else { return nil }
        guard let scalar = node.scalar, dialect == .yaml || scalar.style == .plain, let value = Int(scalar.text), isValid(value) else {
            expected("\(what) for '\(key)'", found: node, hint: hint)
            return nil
        }
        return value
    }

    /// The entries of a mapping, or nil with a problem.
    mutating func mapping(_ node: YAMLNode, what: String, hint: Hint? = nil) -> [YAMLEntry]? {
        guard let entries = node.entries else {
            expected(what, found: node, hint: hint)
            return nil
        }
        return entries
    }

    /// The items of a list, or nil with a problem.
    mutating func list(_ node: YAMLNode, what: String, hint: Hint? = nil) -> [YAMLNode]? {
        guard let items = node.items else {
            expected(what, found: node, hint: hint)
            return nil
        }
        return items
    }

    // MARK: - Reading without reporting

    /// The finite number a scalar writes (unquoted in JSON), or nil.
    func numberValue(_ node: YAMLNode) -> Double? {
        guard let scalar = node.scalar, dialect == .yaml || scalar.style == .plain, let value = Double(scalar.text), value.isFinite else { return nil }
        return value
    }

    /// Whether a scalar is text here: any scalar in YAML but an empty one, double-quoted in JSON.
    private func isText(_ scalar: YAMLScalar) -> Bool {
        dialect == .json ? scalar.style == .doubleQuoted : !scalar.isNull
    }
}
