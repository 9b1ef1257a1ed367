/// Where a secret's value is written in a source file, so that a quoted line under an error
/// shows `[REDACTED]` there instead of the value.
public struct SecretSpan: Equatable, Hashable, Sendable {
    /// The text shown in place of the value.
    public static var placeholder: String { Secret<String>.placeholder }

    /// 1-based line.
    public var line: Int
    /// 1-based columns, end excluded.
    public var columns: Range<Int>

}
