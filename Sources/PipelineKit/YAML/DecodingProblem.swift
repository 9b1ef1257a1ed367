/// A problem any decoder of a node tree can meet: a key it does not know, a required key that
/// is missing, or a value of the wrong kind. The loader that meets it supplies the words for
/// where (`the bank`, `step 'train_model'`) and the location.
enum DecodingProblem: Equatable, Sendable {
    /// `suggestion`: the allowed key the user most likely meant; `allowed`: the keys to list.
    case unknownKey(key: String, context: String, suggestion: String?, allowed: [String])
    /// `example`: how the key is written, shown in the hint (`run: train.py`).
    case missingKey(key: String, context: String, example: String)
    /// `what`: the expected value in words (`true or false for 'secret'`); `found`: what the
    /// file holds instead, as `YAMLNode.kindDescription` words it.
    case expected(what: String, found: String, hint: Hint?)

    /// The problem as an error diagnostic at `location`.
    func diagnostic(at location: SourceLocation) -> Diagnostic {
        switch self {
        case .unknownKey(let key, let context, let suggestion, let allowed):
            let list = "allowed keys: " + allowed.joined(separator: ", ")
            return Diagnostic(.error, at: location, "unknown key '\(key)' in \(context)",
                              hint: Hint(suggestion.map { "did you mean '\($0)'? \(list)" } ?? list))
        case .missingKey(let key, let context, let example):
            return Diagnostic(.error, at: location, "\(context) has no '\(key)'", hint: Hint("add it, for example: \(example)"))
        case .expected(let what, let found, let hint):
            return Diagnostic(.error, at: location, "expected \(what), but found \(found)", hint: hint)
        }
    }
}
