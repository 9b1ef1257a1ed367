/// A script's argv, as options (`--lr 0.01`, `--lr=0.01`), flags (`--verbose`) and positionals.
struct ScriptArguments: Equatable, Sendable {
    /// The arguments as received (secrets included: they stay in memory only).
    var raw: [String]
    /// The same arguments as they may be shown, secrets replaced by `[REDACTED]`.
    var display: [String]
    private var options: [String: String] = [:]
    /// The same options as shown (`[REDACTED]` where a secret is).
    private var shownOptions: [String: String] = [:]
    private var flags: Set<String> = []
    private(set) var positionals: [String] = []
    /// The positionals as shown.
    private(set) var shownPositionals: [String] = []

    init(_ raw: [String], display: [String]? = nil) {
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
    func string(_ option: String) -> String? { options[option] }

    /// The option's value as it may be shown (`[REDACTED]` where a secret is): use it in
    /// every message and output a script writes.
    func shown(_ option: String) -> String? { shownOptions[option] }

    func flag(_ option: String) -> Bool { flags.contains(option) || options[option] == "true" }

    func double(_ option: String, default fallback: Double) throws(ScriptFailure) -> Double {
        guard let text = options[option] else { return fallback }
        guard let number = Double(text), number.isFinite else {
            throw ScriptFailure("\(option) expects a number, but received '\(EchoedText.cut(shown(option) ?? ""))'")
        }
        return number
    }

    func int(_ option: String, default fallback: Int, minimum: Int = 1) throws(ScriptFailure) -> Int {
        guard let text = options[option] else { return fallback }
        guard let number = Int(text), number >= minimum else {
            throw ScriptFailure("\(option) expects a whole number of at least \(minimum), but received '\(EchoedText.cut(shown(option) ?? ""))'")
        }
        return number
    }

    // MARK: - Options read through their contract

    /// The option's value, or its fixed default (empty when it has none).
    func string(_ option: ScriptOption) -> String { options[option.name] ?? option.defaultValue ?? "" }

    /// The option's number, or its fixed default (else `absent`), checked against its kind.
    func double(_ option: ScriptOption, absent: Double = .nan) throws(ScriptFailure) -> Double {
        let number = try double(option.name, default: option.defaultValue.flatMap(Double.init) ?? absent)
        if case .number(let above?) = option.kind, number <= above {
            throw ScriptFailure("\(option.name) must be above \(ParameterValue.format(above)), but received \(ParameterValue.format(number))")
        }
        return number
    }

    /// The option's whole number, or its fixed default, checked against its kind.
    func int(_ option: ScriptOption) throws(ScriptFailure) -> Int {
        var minimum = Int.min
        if case .wholeNumber(let least) = option.kind { minimum = least }
        return try int(option.name, default: option.defaultValue.flatMap { Int($0) } ?? 0, minimum: minimum)
    }

    /// The options the contract takes that were not given, with the fixed defaults the script
    /// falls back to: `--epochs 10` (a bare argument standing for an option counts as given).
    func fallbacks(in contract: ScriptContract) -> [String] {
        contract.options.compactMap { option in
            guard options[option.name] == nil, !flags.contains(option.name), let value = option.defaultValue else { return nil }
            if option.name == contract.positional, !positionals.isEmpty { return nil }
            return "\(option.name) \(value)"
        }
    }

    /// Options given that the contract does not take (a file from another engine may pass them).
    func unmodelled(in contract: ScriptContract) -> [String] {
        var found: [String] = []
        for argument in raw where argument.hasPrefix("--") && argument.count > 2 {
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? Substring(argument))
            if contract.option(named: name) == nil, !found.contains(name) { found.append(name) }
        }
        return found
    }

    /// `--model NAME`, or `model`.
    var modelName: String { options["--model"] ?? "model" }

    /// `--model NAME` as shown, or `model`.
    var shownModelName: String { shownOptions["--model"] ?? "model" }
}
