/// A declared pipeline parameter: its name, type and the rules its value must follow.
public struct Parameter: Equatable, Sendable {
    /// How a default is written: a literal value, or text that reads the process environment.
    public enum Default: Equatable, Sendable {
        case value(ParameterValue, raw: String)
        /// `default: ${{ env.DATA_PATH }}`, resolved when the run starts.
        case template(Template, raw: String)
    }

    public var name: String
    public var type: ParameterType
    public var defaultValue: Default?
    var description: String?
    /// A parameter with no default is required unless `required: false` says otherwise.
    public var isRequired: Bool
    var minimum: Double?
    var maximum: Double?
    /// `values:` — when present, the value must be one of these.
    var allowedValues: [ParameterValue]?
    /// `secret: true` or `type: secret`: the value is never printed or written.
    public var isSecret: Bool
    var location: SourceLocation

    public init(
        name: String, type: ParameterType, defaultValue: Default? = nil, description: String? = nil,
        isRequired: Bool? = nil, minimum: Double? = nil, maximum: Double? = nil,
        allowedValues: [ParameterValue]? = nil, isSecret: Bool = false, location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.description = description
        self.isRequired = isRequired ?? (defaultValue == nil)
        self.minimum = minimum
        self.maximum = maximum
        self.allowedValues = allowedValues
        self.isSecret = isSecret || type == .secret
        self.location = location
    }

    /// The type as a learner reads it: `float`, `int (1…100)`, `string, one of [a, b]`.
    var typeDescription: String {
        var text = type.rawValue
        if isSecret && type != .secret { text += ", secret" }
        if minimum != nil || maximum != nil {
            let low = minimum.map { ParameterValue.format($0) } ?? "…"
            let high = maximum.map { ParameterValue.format($0) } ?? "…"
            text += " (\(low)…\(high))"
        }
        if let allowedValues { text += ", one of [" + allowedValues.map(\.rendered).joined(separator: ", ") + "]" }
        return text
    }
}
