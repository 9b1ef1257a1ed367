import Foundation

/// One saved run: enough to list it, show its table, compare it and run it again. Secret
/// values are never in it: they are stored as `[REDACTED]`.
public struct RunRecord: Equatable, Sendable, Codable {
    public struct PipelineInfo: Equatable, Sendable, Codable {
        public var name: String
        /// The absolute path of the file, or the bundled example's name: rerun finds it from any folder.
        public var origin: PipelineOrigin
        /// FNV-1a of the file's text when the run started: a rerun says when the file changed since.
        public var contentHash: String

        enum CodingKeys: String, CodingKey {
            case name, origin
            case contentHash = "content_hash"
        }
    }

    public struct Override: Equatable, Sendable, Codable {
        public var value: String
        public var source: ParameterSource
    }

    public struct Parameter: Equatable, Sendable, Codable {
        public var name: String
        public var type: ParameterType
        /// The value's text (`[REDACTED]` for a secret); `nil` when unset.
        public var value: String?
        public var source: ParameterSource?
        public var secret: Bool
        public var overridden: [Override]
        /// The value read back as its type (checked when the record is read); `nil` for a
        /// secret, whose value a record never holds.
        private(set) var typedValue: ParameterValue?

        enum CodingKeys: String, CodingKey {
            case name, type, value, source, secret, overridden
        }

        init(name: String, type: ParameterType, value: ParameterValue?, shown: String?, source: ParameterSource?, secret: Bool, overridden: [Override]) {
            self.name = name
            self.type = type
            self.value = shown
            self.source = source
            self.secret = secret
            self.overridden = overridden
            typedValue = secret ? nil : value
        }

        /// Reads a stored parameter; a value that is not of the stored type is an error naming the field.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            type = try container.decode(ParameterType.self, forKey: .type)
            value = try container.decodeIfPresent(String.self, forKey: .value)
            source = try container.decodeIfPresent(ParameterSource.self, forKey: .source)
            secret = try container.decode(Bool.self, forKey: .secret)
            overridden = try container.decode([Override].self, forKey: .overridden)
            if secret {
                typedValue = nil
            } else if let value {
                do {
                    typedValue = try ValueParser.parse(value, as: type)
                } catch {
                    throw DecodingError.dataCorruptedError(forKey: .value, in: container,
                                                           debugDescription: "'\(value)' is not a valid \(type.rawValue)")
                }
            }
        }
    }

    public var id: String
    /// ISO 8601, UTC.
    public var time: String
    public var toolVersion: String
    public var pipeline: PipelineInfo
    public var parameters: [Parameter]
    public var status: RunResult.Status
    var steps: [StepResult]
    public var outputs: [StepOutput]
    var events: [TraceEvent]
    var seconds: Double
    /// The run this one repeated, for `pipeline rerun`.
    var rerunOf: String?
    /// The model registry as the run found it, when it used one: an input of the run like its
    /// values, so a rerun starts from the same registry.
    public var registryBefore: ModelRegistry?

    enum CodingKeys: String, CodingKey {
        case id, time, pipeline, parameters, status, steps, outputs, events, seconds
        case toolVersion = "tool_version"
        case rerunOf = "rerun_of"
        case registryBefore = "registry_before"
    }

    /// A record of `result`, secrets redacted (the result already holds only redacted text).
    public init(id: String, time: Date, toolVersion: String, definition: PipelineDefinition, result: RunResult, rerunOf: String? = nil,
                registryBefore: ModelRegistry? = nil) {
        self.id = id
        self.time = RunRecord.timestamp(time)
        self.toolVersion = toolVersion
        pipeline = PipelineInfo(name: definition.name, origin: definition.origin, contentHash: definition.contentHash)
        parameters = result.parameters.map { parameter in
            Parameter(name: parameter.name, type: parameter.type, value: parameter.plainValue,
                      shown: parameter.isSet ? parameter.displayValue : nil,
                      source: parameter.source, secret: parameter.isSecret,
                      overridden: parameter.overridden.map { Override(value: $0.shown, source: $0.source) })
        }
        status = result.status
        steps = result.steps
        outputs = result.outputs
        events = result.events
        seconds = result.seconds
        self.rerunOf = rerunOf
        self.registryBefore = registryBefore
    }

    /// The run as a result again, for tables and trackers. Secret values stay redacted.
    public var result: RunResult {
        let resolved = parameters.map { parameter -> ResolvedParameter in
            let content: ResolvedParameter.Content?
            if parameter.value == nil {
                content = nil
            } else if parameter.secret {
                content = .secret(.notKept)
            } else {
                content = parameter.typedValue.map(ResolvedParameter.Content.plain)
            }
            return ResolvedParameter(name: parameter.name, type: parameter.type, content: content, source: parameter.source,
                                     overridden: parameter.overridden.map { ResolvedParameter.Override(shown: $0.value, source: $0.source) },
                                     isSecret: parameter.secret, rendered: parameter.secret ? nil : parameter.value)
        }
        return RunResult(pipeline: pipeline.name, status: status, parameters: resolved,
                         steps: steps, outputs: outputs, events: events, seconds: seconds)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
