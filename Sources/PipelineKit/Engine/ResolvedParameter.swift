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
    public var value: ParameterValue?
    /// The text as given, when it reads differently from the value (`0.10` for `0.1`).
    public var raw: String?
    public var source: ParameterSource?
    public var overridden: [Override]
    public var isSecret: Bool

    public init(name: String, type: ParameterType, value: ParameterValue?, raw: String? = nil,
                source: ParameterSource?, overridden: [Override] = [], isSecret: Bool) {
        self.name = name
        self.type = type
        self.value = value
        self.raw = raw
        self.source = source
        self.overridden = overridden
        self.isSecret = isSecret
    }

    /// The placeholder shown wherever a secret's value would appear.
    public static let redacted = "[REDACTED]"

    /// The value as every output shows it: `[REDACTED]` for a secret, `undefined` when unset.
    public var displayValue: String {
        guard let value else { return "undefined" }
        return isSecret ? Self.redacted : value.rendered
    }

    /// `0.1 (given as 0.10)` when the typed text differs from the value.
    public var displayValueWithRaw: String {
        guard !isSecret, let raw, let value, raw != value.rendered else { return displayValue }
        return "\(value.rendered) (given as \(raw))"
    }
}
