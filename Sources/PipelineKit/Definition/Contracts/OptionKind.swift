/// What kind of value a simulated script's option takes, checked when a pipeline loads (for
/// literal values and the types of the parameters placed there) and again when the script runs.
public enum OptionKind: Equatable, Sendable {
    /// A finite decimal number, above `above` when given (`--lr`: above 0).
    case number(above: Double?)
    /// A whole number of at least `atLeast` (`--epochs`: at least 1).
    case wholeNumber(atLeast: Int)
    /// A file path (`--data`).
    case path
    /// A name (`--model churn`).
    case name
    /// Any text (`--api-key`).
    case text
    /// One of a few words (`--from registry|artifact`).
    case choice([String])
    /// A registered version: `latest`, a number (`2`, `v2`) or an alias (`@champion`).
    case version

    /// The kind in words, for `pipeline help scripts` and messages: `a number above 0`.
    public var description: String {
        switch self {
        case .number(let above): return above.map { "a number above \(ParameterValue.format($0))" } ?? "a number"
        case .wholeNumber(let least): return "a whole number of at least \(least)"
        case .path: return "a path"
        case .name: return "a name"
        case .text: return "text"
        case .choice(let words): return "one of " + words.joined(separator: ", ")
        case .version: return "latest, a version number or an @alias"
        }
    }

    /// Why `text`, written as the option's value, is not one; `nil` when it is.
    func problem(withLiteral text: String) -> String? {
        switch self {
        case .number(let above):
            guard let number = Double(text), number.isFinite else { return "is not a number" }
            if let above, number <= above { return "is not above \(ParameterValue.format(above))" }
            return nil
        case .wholeNumber(let least):
            guard let number = Int(text) else { return "is not a whole number" }
            return number < least ? "is below \(least)" : nil
        case .path, .name, .text:
            return text.isEmpty ? "is empty" : nil
        case .choice(let words):
            return words.contains(text) ? nil : "is not one of them"
        case .version:
            return Self.isVersion(text) ? nil : "is not latest, a version number or an @alias"
        }
    }

    /// Why a parameter of `type` cannot be this option's value; `nil` when it can. A parameter
    /// whose allowed values are declared must allow only values the option takes.
    func problem(with parameter: Parameter) -> String? {
        let type = parameter.type == .secret ? ParameterType.string : parameter.type
        let accepted: Set<ParameterType>
        switch self {
        case .number: accepted = [.float, .int]
        case .wholeNumber: accepted = [.int]
        case .path: accepted = [.path, .string]
        case .name, .text, .choice: accepted = [.string]
        case .version: accepted = [.int, .string]
        }
        guard accepted.contains(type) else { return "is \(type.article) \(type.rawValue)" }
        if case .choice(let words) = self {
            let values = parameter.allowedValues ?? []
            if let outside = values.first(where: { !words.contains($0.rendered) }) {
                return "allows the value '\(outside.rendered)'"
            }
            if values.isEmpty { return "may hold any text (declare values: [\(words.joined(separator: ", "))])" }
        }
        return nil
    }

    /// `latest`, `3`, `v3` or `@champion`.
    static func isVersion(_ text: String) -> Bool {
        if text == "latest" { return true }
        if text.hasPrefix("@") { return text.count > 1 }
        let digits = text.hasPrefix("v") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }
}
