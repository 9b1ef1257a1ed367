/// A script's argv, as options (`--lr 0.01`, `--lr=0.01`), flags (`--verbose`) and positionals.
public struct ScriptArguments: Equatable, Sendable {
    /// The arguments as received (secrets included: they stay in memory only).
    public var raw: [String]
    /// The same arguments as they may be shown, secrets replaced by `[REDACTED]`.
    public var display: [String]
    private var options: [String: String] = [:]
    private var flags: Set<String> = []
    public private(set) var positionals: [String] = []

    public init(_ raw: [String], display: [String]? = nil) {
        self.raw = raw
        self.display = display ?? raw
        var index = 0
        while index < raw.count {
            let argument = raw[index]
            if argument.hasPrefix("--"), argument.count > 2 {
                if let equals = argument.firstIndex(of: "=") {
                    options[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
                } else if index + 1 < raw.count, !raw[index + 1].hasPrefix("--") {
                    options[argument] = raw[index + 1]
                    index += 1
                } else {
                    flags.insert(argument)
                }
            } else {
                positionals.append(argument)
            }
            index += 1
        }
    }

    public func string(_ option: String) -> String? { options[option] }

    public func flag(_ option: String) -> Bool { flags.contains(option) || options[option] == "true" }

    public func double(_ option: String, default fallback: Double) throws(ScriptFailure) -> Double {
        guard let text = options[option] else { return fallback }
        guard let number = Double(text), number.isFinite else {
            throw ScriptFailure("\(option) expects a number, but received '\(text)'")
        }
        return number
    }

    public func int(_ option: String, default fallback: Int, minimum: Int = 1) throws(ScriptFailure) -> Int {
        guard let text = options[option] else { return fallback }
        guard let number = Int(text), number >= minimum else {
            throw ScriptFailure("\(option) expects a whole number of at least \(minimum), but received '\(text)'")
        }
        return number
    }

    /// `--model NAME`, or `model`.
    public var modelName: String { options["--model"] ?? "model" }
}
