/// What kind of emphasis a piece of rendered text carries.
public enum TextEmphasis: Equatable, Sendable {
    case strong
    case emphasis
    case code
    case link
    case heading(level: Int)
    /// A label that opens a block, such as `Predict:`.
    case label
}

/// How emphasis looks on the output device. The library says only what is emphasised; the
/// executable decides how (ANSI styles on a colour terminal).
public protocol TextStyler: Sendable {
    func style(_ text: String, as emphasis: TextEmphasis) -> String
}
