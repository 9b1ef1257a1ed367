/// A parameter's name with the value a run or step received, as every output shows it
/// (`[REDACTED]` for a secret, `undefined` when unset).
struct ParameterBinding: Equatable, Hashable, Sendable {
    var name: String
    var value: String

}
