/// One `name=value` a user typed after `--param` (or `--name value`).
public struct ParameterAssignment: Equatable, Sendable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// Parses the text after `--param`: `learning_rate=0.01`.
    ///
    /// `epochs` alone is a missing value; `learning_rate:0.01` and `learning_rate 0.01` are
    /// not assignments, and the error shows the fix.
    public static func parse(_ argument: String) throws(ParameterError) -> ParameterAssignment {
        if let equals = argument.firstIndex(of: "=") {
            let name = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw ParameterError.notAnAssignment(text: argument, suggestion: nil) }
            return ParameterAssignment(name: name, text: String(argument[argument.index(after: equals)...]))
        }
        for separator in [":", " "] {
            if let range = argument.range(of: separator) {
                let name = argument[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let value = argument[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty && !value.isEmpty {
                    throw ParameterError.notAnAssignment(text: argument, suggestion: "\(name)=\(value)")
                }
            }
        }
        let name = argument.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ParameterError.notAnAssignment(text: argument, suggestion: nil) }
        throw ParameterError.missingValue(name: name)
    }
}
