/// One problem found in the user's input, with where it is and how to fix it.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Equatable, Sendable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    /// Where the problem is, when it is in a file.
    public var location: SourceLocation?
    /// What is wrong, as a sentence.
    public var message: String
    /// How to fix it, as a sentence, when there is a clear fix; the actions it names are
    /// worded by the executable.
    public var hint: Hint?

    public init(_ severity: Severity = .error, at location: SourceLocation? = nil, _ message: String, hint: Hint? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public init(_ severity: Severity = .error, at location: SourceLocation? = nil, _ message: String, hint: String?) {
        self.init(severity, at: location, message, hint: hint.map { Hint($0) })
    }

    /// `file:line:col: error: message` (the hint is rendered separately).
    public var description: String {
        if let location { return "\(location): \(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message)"
    }
}

/// An error carrying every problem found, thrown when input cannot be used.
public struct DiagnosticError: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
