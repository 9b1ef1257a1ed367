/// A node of a YAML (or JSON) document, every one carrying where it starts.
///
/// Both `YAMLReader` and `JSONReader` produce this tree, so definitions, params files and
/// question banks are decoded once, with locations for every error.
public indirect enum YAMLNode: Equatable, Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], SourceLocation)
    case mapping([YAMLEntry], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): return scalar.location
        case .sequence(_, let location), .mapping(_, let location): return location
        }
    }
}

/// A scalar as written: its text after unquoting and how it was quoted.
public struct YAMLScalar: Equatable, Sendable {
    public enum Style: Equatable, Sendable {
        /// Unquoted; `null`, `~` and an empty value are plain too.
        case plain
        case singleQuoted
        case doubleQuoted
        /// `|` block scalar.
        case literal
        /// `>` block scalar.
        case folded
    }

    public var text: String
    public var style: Style
    public var location: SourceLocation

    public init(text: String, style: Style, location: SourceLocation) {
        self.text = text
        self.style = style
        self.location = location
    }

    /// True for a plain `null`, `~` or empty value.
    public var isNull: Bool { style == .plain && (text.isEmpty || text == "null" || text == "~") }
}

/// One `key: value` pair of a mapping, in document order.
public struct YAMLEntry: Equatable, Sendable {
    public var key: YAMLScalar
    public var value: YAMLNode

    public init(key: YAMLScalar, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
