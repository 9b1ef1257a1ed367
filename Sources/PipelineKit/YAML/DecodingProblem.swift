/// A problem any decoder of a node tree can meet: a key it does not know, a required key that
/// is missing, or a value of the wrong kind. The loader that meets it supplies the words for
/// where (`the bank`, `step 'train_model'`) and, through `LocatedError`, the location.
enum DecodingProblem: ProblemKind {
    /// `suggestion`: the allowed key the user most likely meant; `allowed`: the keys to list.
    case unknownKey(key: String, context: String, suggestion: String?, allowed: [String])
    /// `example`: how the key is written, shown in the hint (`run: train.py`).
    case missingKey(key: String, context: String, example: String)
    /// `what`: the expected value in words (`true or false for 'secret'`); `found`: what the
    /// file holds instead (`a list`, `the value "x"`).
    case expected(what: String, found: String, hint: Hint?)

    /// What is wrong and how to fix it.
    var explanation: Explanation {
        switch self {
        case .unknownKey(let key, let context, let suggestion, let allowed):
            let list = "allowed keys: " + allowed.joined(separator: ", ")
            return Explanation("unknown key '\(key)' in \(context)", fix: Hint(NameSuggester.hint(suggesting: suggestion, then: list)))
        case .missingKey(let key, let context, let example):
            return Explanation("\(context) has no '\(key)'", fix: Hint("add it, for example: \(example)"))
        case .expected(let what, let found, let hint):
            return Explanation("expected \(what), but found \(found)", fix: hint)
        }
    }
}
