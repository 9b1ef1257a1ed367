/// A named set of parameter values under `environments:` (`dev`, `prod`), chosen with `--env`.
public struct EnvironmentSet: Equatable, Sendable {
    var name: String
    /// The values, typed against the declared parameters when the definition loads.
    var settings: [ParameterSetting]
    var location: SourceLocation

    init(name: String, settings: [ParameterSetting], location: SourceLocation) {
        self.name = name
        self.settings = settings
        self.location = location
    }
}
