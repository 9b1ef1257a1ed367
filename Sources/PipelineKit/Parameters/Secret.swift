/// A secret's value. It never becomes text: its description, debug description, mirror and
/// JSON encoding are all `[REDACTED]`, so whatever renders a parameter (a table, JSON, a run
/// record, a skip reason, a quiz) gets `[REDACTED]` from the type, and no text is ever
/// searched and rewritten. The value itself is read only through ``valueHandedToStep``, in
/// the one place the engine builds a step's arguments.
public struct Secret<Wrapped: Hashable & Sendable>: Hashable, Sendable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable, Encodable {
    /// What every output shows in place of a secret's value.
    static var placeholder: String { "[REDACTED]" }

    /// `nil` for a secret whose value was never kept (a saved run's secret).
    private let wrapped: Wrapped?

    /// Wraps a secret's value as soon as it is resolved.
    init(_ value: Wrapped) { wrapped = value }

    private init(notKept: Void) { wrapped = nil }

    /// A secret whose value was not kept (a run record stores only `[REDACTED]`).
    static var notKept: Secret { Secret(notKept: ()) }

    /// Whether the value was kept (false for a secret read back from a run record).
    var isKept: Bool { wrapped != nil }

    /// The value itself, for the one place that hands it to a step (the engine's argument
    /// rendering). Never use it to build text that is shown or stored.
    var valueHandedToStep: Wrapped? { wrapped }

    public var description: String { Self.placeholder }
    public var debugDescription: String { Self.placeholder }
    /// `dump` and the debugger see no children.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// Encodes as the string `[REDACTED]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Self.placeholder)
    }
}

extension Secret where Wrapped == ParameterValue {
    /// Whether `text` holds this secret's value (a URL with the key inside, an environment
    /// value): such text is secret too. Answers yes or no; the value never leaves.
    ///
    /// - Complexity: O(n · m) for n characters of text and a value of m.
    func occurs(in text: String) -> Bool {
        guard let value = wrapped?.rendered, !value.isEmpty else { return false }
        return text.contains(value)
    }
}
