/// One option a simulated script reads: its name, the kind of value it takes, what the script
/// uses when it is not given, and what it means.
public struct ScriptOption: Equatable, Sendable {
    /// What the script uses when the option is not given.
    enum Fallback: Equatable, Sendable {
        /// A fixed value (`10`): the trace lists it as a script default when the script falls back to it.
        case value(String)
        /// Something described rather than a value worth listing (`the dataset loaded for the model`).
        case described(String)
        /// Without the option the script does without (`no threshold: every model passes`).
        case none(String)
    }

    /// `--lr`.
    public var name: String
    /// The value's placeholder in a synopsis: `RATE`.
    public var placeholder: String
    public var kind: OptionKind
    var fallback: Fallback
    /// What the option means, in a few words.
    public var meaning: String
    /// Spellings other tools use for it (`--learning-rate`), suggested as this option.
    var otherSpellings: [String]

    init(_ name: String, _ placeholder: String, _ kind: OptionKind, _ fallback: Fallback, _ meaning: String, otherSpellings: [String] = []) {
        self.name = name
        self.placeholder = placeholder
        self.kind = kind
        self.fallback = fallback
        self.meaning = meaning
        self.otherSpellings = otherSpellings
    }

    /// The fixed default's text (`0.01`), when there is one.
    var defaultValue: String? {
        if case .value(let text) = fallback { return text }
        return nil
    }

    /// What happens without the option, in words: `default 0.01`, `default: the dataset loaded earlier`.
    public var fallbackDescription: String {
        switch fallback {
        case .value(let text): return "default \(text)"
        case .described(let text): return "default: \(text)"
        case .none(let text): return "without it: \(text)"
        }
    }
}
