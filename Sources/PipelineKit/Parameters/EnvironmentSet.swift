/// A named set of parameter values under `environments:` (`dev`, `prod`), chosen with `--env`.
public struct EnvironmentSet: Equatable, Sendable {
    public var name: String
    /// The values, typed against the declared parameters when the definition loads.
    public var settings: [ParameterSetting]
    public var location: SourceLocation

    public init(name: String, settings: [ParameterSetting], location: SourceLocation) {
        self.name = name
        self.settings = settings
        self.location = location
    }
}
