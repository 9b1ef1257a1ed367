/// A named set of parameter values under `environments:` (`dev`, `prod`), chosen with `--env`.
public struct EnvironmentSet: Equatable, Sendable {
    public var name: String
    /// The values as written, decoded against the declared types when the run resolves.
    public var values: [YAMLEntry]
    public var location: SourceLocation

    public init(name: String, values: [YAMLEntry], location: SourceLocation) {
        self.name = name
        self.values = values
        self.location = location
    }
}
