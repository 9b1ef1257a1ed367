/// A definition's parameters in declaration order, with a lookup by name.
struct DeclaredParameters: Sendable {
    let all: [Parameter]
    private let byName: [String: Parameter]

    /// - Complexity: O(p) for p parameters.
    init(_ parameters: [Parameter]) {
        all = parameters
        byName = Dictionary(parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// - Complexity: O(1).
    subscript(name: String) -> Parameter? { byName[name] }

    var names: [String] { all.map(\.name) }
}
