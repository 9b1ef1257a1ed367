/// The platform's model registry and deployments, shared by the runs of a session: a version
/// registered by one run is what a later run's linked deployment serves.
public struct ModelRegistry: Equatable, Sendable, Codable {
    /// One registered version of a model.
    public struct Version: Equatable, Sendable, Codable {
        public var number: Int
        var validationLoss: Double
        var weights: [Double]
        var bias: Double
    }

    public private(set) var versions: [String: [Version]] = [:]
    /// The version each model's deployment serves.
    private(set) var served: [String: Int] = [:]
    /// Each model's aliases (`champion`) and the version each one names.
    public private(set) var aliases: [String: [String: Int]] = [:]

    public init() {}

    /// Registers a trained model and returns its new version number (1, 2, …).
    mutating func register(model name: String, _ trained: LinearModel, validationLoss: Double) -> Int {
        let number = (versions[name]?.last?.number ?? 0) + 1
        versions[name, default: []].append(Version(number: number, validationLoss: validationLoss,
                                                   weights: trained.weights, bias: trained.bias))
        return number
    }

    public func latest(_ name: String) -> Version? { versions[name]?.last }

    func version(_ number: Int, of name: String) -> Version? {
        versions[name]?.first { $0.number == number }
    }

    mutating func serve(model name: String, version: Int) {
        served[name] = version
    }

    /// Moves `alias` of a model to a version (`@champion` → v2).
    mutating func move(alias: String, of name: String, to version: Int) {
        aliases[name, default: [:]][alias] = version
    }

    /// The version an alias names, if the model has that alias.
    func version(alias: String, of name: String) -> Version? {
        aliases[name]?[alias].flatMap { version($0, of: name) }
    }

    // Records written before aliases existed have no `aliases` key.
    enum CodingKeys: String, CodingKey { case versions, served, aliases }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        versions = try container.decode([String: [Version]].self, forKey: .versions)
        served = try container.decode([String: Int].self, forKey: .served)
        aliases = try container.decodeIfPresent([String: [String: Int]].self, forKey: .aliases) ?? [:]
    }
}
