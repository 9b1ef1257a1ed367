/// A loaded, validated pipeline: typed parameters, steps and environment sets.
public struct PipelineDefinition: Equatable, Sendable {
    /// `name:`, or the file name without its extension.
    public var name: String
    public var description: String?
    public var parameters: [Parameter]
    public var steps: [Step]
    var environments: [EnvironmentSet]
    /// Where it came from: a file, a bundled example, or memory.
    var origin: PipelineOrigin
    /// FNV-1a hash of the source text, so a run record names the exact definition it ran.
    public var contentHash: String

    public init(
        name: String, description: String? = nil, parameters: [Parameter], steps: [Step],
        environments: [EnvironmentSet] = [], origin: PipelineOrigin, contentHash: String
    ) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.steps = steps
        self.environments = environments
        self.origin = origin
        self.contentHash = contentHash
    }

    func parameter(named name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits.
    static func hash(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
