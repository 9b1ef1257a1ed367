/// Where a pipeline definition came from, so a stored run can find it again from any folder.
public enum PipelineOrigin: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// A file, by its absolute path.
    case file(absolutePath: String)
    /// A bundled example, by name (`train-lr`).
    case bundled(name: String)
    /// Made in memory (a benchmark workload, text loaded without a file): nothing to reload.
    case generated(name: String)

    public var description: String {
        switch self {
        case .file(let path): return path
        case .bundled(let name): return "bundled example \(name)"
        case .generated(let name): return "\(name) (made in memory)"
        }
    }
}

// MARK: - In run records

extension PipelineOrigin: Codable {
    private enum CodingKeys: String, CodingKey {
        case file, bundled, generated
    }

    /// Older records wrote the origin as text: `bundled:NAME` or a path.
    private static let legacyBundledPrefix = "bundled:"

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .file(let path): try container.encode(path, forKey: .file)
        case .bundled(let name): try container.encode(name, forKey: .bundled)
        case .generated(let name): try container.encode(name, forKey: .generated)
        }
    }

    /// Reads `{"file": "/abs/path"}`, `{"bundled": "train-lr"}` or `{"generated": "…"}`, and the
    /// text form of older records (`bundled:train-lr` or an absolute path). Anything else, such
    /// as a relative path whose folder is unknown, is an error naming the field.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            if text.hasPrefix(Self.legacyBundledPrefix) {
                self = .bundled(name: String(text.dropFirst(Self.legacyBundledPrefix.count)))
            } else if text.hasPrefix("/") {
                self = .file(absolutePath: text)
            } else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is a relative path, and the folder it was relative to is not recorded"))
            }
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let path = try container.decodeIfPresent(String.self, forKey: .file) {
            self = .file(absolutePath: path)
        } else if let name = try container.decodeIfPresent(String.self, forKey: .bundled) {
            self = .bundled(name: name)
        } else if let name = try container.decodeIfPresent(String.self, forKey: .generated) {
            self = .generated(name: name)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "expected one of the keys file, bundled or generated"))
        }
    }
}
