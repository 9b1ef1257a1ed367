/// A script's argv, as options (`--lr 0.01`, `--lr=0.01`), flags (`--verbose`) and positionals.
public struct ScriptArguments: Equatable, Sendable {
    /// The arguments as received (secrets included: they stay in memory only).
    public var raw: [String]
    /// The same arguments as they may be shown, secrets replaced by `[REDACTED]`.
    public var display: [String]
    private var options: [String: String] = [:]
    /// The same options as shown (`[REDACTED]` where a secret is).
    private var shownOptions: [String: String] = [:]
    private var flags: Set<String> = []
    public private(set) var positionals: [String] = []
    /// The positionals as shown.
    public private(set) var shownPositionals: [String] = []

    public init(_ raw: [String], display: [String]? = nil) {
        self.raw = raw
        self.display = display ?? raw
        let shownArguments = display?.count == raw.count ? display ?? raw : raw.map { _ in "[REDACTED]" }
        var index = 0
        while index < raw.count {
            let argument = raw[index]
            if argument.hasPrefix("--"), argument.count > 2 {
                if let equals = argument.firstIndex(of: "=") {
                    options[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
                    let shown = shownArguments[index]
                    shownOptions[String(argument[..<equals])] = shown.firstIndex(of: "=").map { String(shown[shown.index(after: $0)...]) } ?? shown
                } else if index + 1 < raw.count, !raw[index + 1].hasPrefix("--") {
                    options[argument] = raw[index + 1]
                    shownOptions[argument] = shownArguments[index + 1]
                    index += 1
                } else {
                    flags.insert(argument)
                }
            } else {
                positionals.append(argument)
                shownPositionals.append(shownArguments[index])
            }
            index += 1
        }
    }

    /// The option's value as the script receives it: use it to compute, never to describe.
    public func string(_ option: String) -> String? { options[option] }

    /// The option's value as it may be shown (`[REDACTED]` where a secret is): use it in
    /// every message and output a script writes.
    public func shown(_ option: String) -> String? { shownOptions[option] }

    public func flag(_ option: String) -> Bool { flags.contains(option) || options[option] == "true" }

    public func double(_ option: String, default fallback: Double) throws(ScriptFailure) -> Double {
        guard let text = options[option] else { return fallback }
        guard let number = Double(text), number.isFinite else {
            throw ScriptFailure("\(option) expects a number, but received '\(EchoedText.cut(shown(option) ?? ""))'")
        }
        return number
    }

    public func int(_ option: String, default fallback: Int, minimum: Int = 1) throws(ScriptFailure) -> Int {
        guard let text = options[option] else { return fallback }
        guard let number = Int(text), number >= minimum else {
            throw ScriptFailure("\(option) expects a whole number of at least \(minimum), but received '\(EchoedText.cut(shown(option) ?? ""))'")
        }
        return number
    }

    /// `--model NAME`, or `model`.
    public var modelName: String { options["--model"] ?? "model" }

    /// `--model NAME` as shown, or `model`.
    public var shownModelName: String { shownOptions["--model"] ?? "model" }
}
