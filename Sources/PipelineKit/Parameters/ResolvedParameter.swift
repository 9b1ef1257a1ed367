/// A parameter's value for one run, with where it came from and what it overrode.
public struct ResolvedParameter: Equatable, Sendable {
    /// A value that a higher-precedence source replaced.
    public struct Override: Equatable, Sendable {
        /// As displayed: `[REDACTED]` for a secret.
        public var shown: String
        public var source: ParameterSource
    }

    public var name: String
    public var type: ParameterType
    /// `nil` for an optional parameter nobody set.
    public let value: ParameterValue?
    /// The text as given, when it reads differently from the value (`0.10` for `0.1`).
    public var raw: String?
    public var source: ParameterSource?
    public var overridden: [Override]
    public let isSecret: Bool
    /// The value as every output shows it: `[REDACTED]` for a secret, `undefined` when unset.
    /// Worked out once: every trace event of a run repeats it.
    public let displayValue: String

    public init(name: String, type: ParameterType, value: ParameterValue?, raw: String? = nil,
                source: ParameterSource?, overridden: [Override] = [], isSecret: Bool, rendered: String? = nil) {
        self.name = name
        self.type = type
        self.value = value
        self.raw = raw
        self.source = source
        self.overridden = overridden
        self.isSecret = isSecret
        if value == nil {
            displayValue = Self.undefined
        } else if isSecret {
            displayValue = Self.redacted
        } else {
            displayValue = rendered ?? value?.rendered ?? Self.undefined
        }
    }

    /// What every output shows for a parameter or variable with no value.
    public static let undefined = "undefined"

    /// The placeholder shown wherever a secret's value would appear.
    public static let redacted = "[REDACTED]"

    /// `0.1 (given as 0.10)` when the typed text differs from the value.
    public var displayValueWithRaw: String {
        guard !isSecret, let raw, value != nil, raw != displayValue else { return displayValue }
        return "\(displayValue) (given as \(raw))"
    }
}
