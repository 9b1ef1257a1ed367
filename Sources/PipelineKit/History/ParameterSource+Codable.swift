// MARK: - In run records

extension ParameterSource: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, name
    }

    private enum Kind: String, Codable {
        case definitionDefault = "default"
        case environmentSet = "environment_set"
        case paramsFile = "params_file"
        case commandLine = "command_line"
        case environmentVariable = "environment_variable"
    }

    /// `{"kind": "command_line"}`, `{"kind": "environment_set", "name": "dev"}`, …
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .definitionDefault: try container.encode(Kind.definitionDefault, forKey: .kind)
        case .commandLine: try container.encode(Kind.commandLine, forKey: .kind)
        case .environmentSet(let name):
            try container.encode(Kind.environmentSet, forKey: .kind)
            try container.encode(name, forKey: .name)
        case .paramsFile(let file):
            try container.encode(Kind.paramsFile, forKey: .kind)
            try container.encode(file, forKey: .name)
        case .environmentVariable(let name):
            try container.encode(Kind.environmentVariable, forKey: .kind)
            try container.encode(name, forKey: .name)
        }
    }

    /// Reads the form above; an unknown kind is an error naming the field, never a guess.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .definitionDefault: self = .definitionDefault
        case .commandLine: self = .commandLine
        case .environmentSet: self = .environmentSet(try container.decode(String.self, forKey: .name))
        case .paramsFile: self = .paramsFile(try container.decode(String.self, forKey: .name))
        case .environmentVariable: self = .environmentVariable(try container.decode(String.self, forKey: .name))
        }
    }
}

extension ParameterType: Codable {}
