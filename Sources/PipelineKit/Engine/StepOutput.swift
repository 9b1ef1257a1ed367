/// A named value a step produced (`final_loss = 0.2614`), shown in traces and trackers.
public struct StepOutput: Equatable, Hashable, Sendable, Codable {
    public var name: String
    public var value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
