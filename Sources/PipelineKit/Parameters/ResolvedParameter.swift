/// A parameter's value for one run, with where it came from and what it overrode.
public struct ResolvedParameter: Equatable, Sendable {
    /// A value that a higher-precedence source replaced.
    public struct Override: Equatable, Sendable {
        /// As displayed: `[REDACTED]` for a secret.
        public var shown: String
        public var source: ParameterSource
    }

    /// What a set parameter holds: a plain value, or a secret that renders as `[REDACTED]`.
    public enum Content: Equatable, Sendable {
        case plain(ParameterValue)
        case secret(Secret<ParameterValue>)
    }

    public var name: String
    public var type: ParameterType
    /// `nil` for an optional parameter nobody set.
    public let content: Content?
    /// The text as given, when it reads differently from the value (`0.10` for `0.1`).
    var raw: String?
    public var source: ParameterSource?
    public var overridden: [Override]
    public let isSecret: Bool
    /// The value as every output shows it: `[REDACTED]` for a secret (from ``Secret``),
    /// `undefined` when unset. Worked out once: every trace event of a run repeats it.
    public let displayValue: String

    /// Wraps a secret's value in ``Secret`` as it is resolved: from here on nothing can show it.
    init(name: String, type: ParameterType, value: ParameterValue?, raw: String? = nil,
                source: ParameterSource?, overridden: [Override] = [], isSecret: Bool, rendered: String? = nil) {
        let content = value.map { isSecret ? Content.secret(Secret($0)) : .plain($0) }
        self.init(name: name, type: type, content: content, raw: raw, source: source, overridden: overridden,
                  isSecret: isSecret, rendered: rendered)
    }

    init(name: String, type: ParameterType, content: Content?, raw: String? = nil,
                source: ParameterSource?, overridden: [Override] = [], isSecret: Bool, rendered: String? = nil) {
        self.name = name
        self.type = type
        self.isSecret = isSecret
        // A secret is held as one whatever the caller passed.
        if isSecret, case .plain(let value)? = content {
            self.content = .secret(Secret(value))
        } else {
            self.content = content
        }
        self.raw = isSecret ? nil : raw
        self.source = source
        self.overridden = overridden
        switch self.content {
        case nil: displayValue = Self.undefined
        case .secret(let secret)?: displayValue = secret.description
        case .plain(let value)?: displayValue = rendered ?? value.rendered
        }
    }

    /// The value when it is not secret; `nil` when unset or secret (a secret's value is
    /// reachable only through ``Secret/valueHandedToStep``).
    var plainValue: ParameterValue? {
        if case .plain(let value)? = content { return value }
        return nil
    }

    /// The secret, when this parameter is one and is set.
    var secret: Secret<ParameterValue>? {
        if case .secret(let secret)? = content { return secret }
        return nil
    }

    /// Whether some source gave a value.
    public var isSet: Bool { content != nil }

    /// What every output shows for a parameter or variable with no value.
    public static let undefined = "undefined"

    /// The placeholder shown wherever a secret's value would appear.
    public static var redacted: String { Secret<ParameterValue>.placeholder }

    /// `0.1 (given as 0.10)` when the typed text differs from the value.
    public var displayValueWithRaw: String {
        guard !isSecret, let raw, isSet, raw != displayValue else { return displayValue }
        return "\(displayValue) (given as \(raw))"
    }
}
