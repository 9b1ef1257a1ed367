/// A node of a YAML (or JSON) document, every one carrying where it starts.
///
/// Both `YAMLReader` and `JSONReader` produce this tree, so definitions, params files and
/// question banks are decoded once, with locations for every error.
indirect enum YAMLNode: Equatable, Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], SourceLocation)
    case mapping([YAMLEntry], SourceLocation)

    var location: SourceLocation {
        switch self {
        case .scalar(let scalar): return scalar.location
        case .sequence(_, let location), .mapping(_, let location): return location
        }
    }
}

/// A scalar as written: its text after unquoting and how it was quoted.
struct YAMLScalar: Equatable, Sendable {
    enum Style: Equatable, Sendable {
        /// Unquoted; `null`, `~` and an empty value are plain too.
        case plain
        case singleQuoted
        case doubleQuoted
        /// `|` block scalar.
        case literal
        /// `>` block scalar.
        case folded
    }

    var text: String
    var style: Style
    var location: SourceLocation

    /// True for a plain `null`, `~` or empty value.
    var isNull: Bool { style == .plain && (text.isEmpty || text == "null" || text == "~") }
}

/// One `key: value` pair of a mapping, in document order.
struct YAMLEntry: Equatable, Sendable {
    var key: YAMLScalar
    var value: YAMLNode

}
