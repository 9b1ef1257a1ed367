/// A parameter's name with the value a run or step received, as every output shows it
/// (`[REDACTED]` for a secret, `undefined` when unset).
public struct ParameterBinding: Equatable, Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
