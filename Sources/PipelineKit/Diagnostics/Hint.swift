/// How to fix a problem, as a sentence that may name `UserAction`s: write it as a string,
/// interpolating actions (`"pass \(UserAction.passParameter(name: "epochs", value: "VALUE"))"`),
/// and the executable words each action in its own syntax.
public struct Hint: Equatable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// Text, or an action the executable words.
    enum Part: Equatable, Sendable {
        case text(String)
        case action(UserAction)
    }

    /// Adjacent text is kept in one part, so two hints that read the same compare equal.
    private(set) var parts: [Part] = []

    init(_ text: String) { append(text) }

    public init(stringLiteral value: String) { append(value) }

    public init(stringInterpolation: StringInterpolation) { parts = stringInterpolation.hint.parts }

    /// The actions the hint names, in order.
    var actions: [UserAction] {
        parts.compactMap { if case .action(let action) = $0 { return action } else { return nil } }
    }

    /// The hint with each action worded by `word`.
    public func worded(_ word: (UserAction) -> String) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .action(let action): return word(action)
            }
        }.joined()
    }

    /// The hint with actions shown by name (`<listRuns>`), for logs and tests.
    public var description: String { worded { "<\($0)>" } }

    /// Whether the hint's text (actions shown by name) holds `text`.
    func contains(_ text: String) -> Bool { description.contains(text) }

    /// Whether the hint's text (actions shown by name) starts with `text`.
    func hasPrefix(_ text: String) -> Bool { description.hasPrefix(text) }

    fileprivate mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        if case .text(let previous)? = parts.last {
            parts[parts.count - 1] = .text(previous + text)
        } else {
            parts.append(.text(text))
        }
    }

    /// Builds a hint from literal text, interpolated text and interpolated actions.
    public struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var hint = Hint()

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { hint.append(literal) }

        public mutating func appendInterpolation(_ action: UserAction) { hint.parts.append(.action(action)) }

        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            hint.append(value.description)
        }

        public mutating func appendInterpolation(_ text: String) { hint.append(text) }
    }

    private init() {}
}
