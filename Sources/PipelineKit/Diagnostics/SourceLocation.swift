/// A position in a text file: 1-based line and column, printed `file:line:col`.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The file name as the user gave it (a path, or a bundled name such as `train-lr`).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

extension SourceLocation {
    /// The first character of `file`: where a problem with the whole file is shown.
    static func start(of file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }
}
