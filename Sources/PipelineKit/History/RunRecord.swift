import Foundation

/// One saved run: enough to list it, show its table, compare it and run it again. Secret
/// values are never in it: they are stored as `[REDACTED]`.
public struct RunRecord: Equatable, Sendable, Codable {
    public struct PipelineInfo: Equatable, Sendable, Codable {
        public var name: String
        /// A path as the user gave it, or `bundled:train-lr`.
        public var origin: String
        public var contentHash: String

        enum CodingKeys: String, CodingKey {
            case name, origin
            case contentHash = "content_hash"
        }
    }

    public struct Override: Equatable, Sendable, Codable {
        public var value: String
        public var source: String
    }

    public struct Parameter: Equatable, Sendable, Codable {
        public var name: String
        public var type: String
        /// The value's text (`[REDACTED]` for a secret); `nil` when unset.
        public var value: String?
        public var source: String?
        public var secret: Bool
        public var overridden: [Override]
    }

    public var id: String
    /// ISO 8601, UTC.
    public var time: String
    public var toolVersion: String
    public var pipeline: PipelineInfo
    public var parameters: [Parameter]
    public var status: String
    public var steps: [StepResult]
    public var outputs: [StepOutput]
    public var events: [TraceEvent]
    public var seconds: Double
    /// The run this one repeated, for `pipeline rerun`.
    public var rerunOf: String?

    enum CodingKeys: String, CodingKey {
        case id, time, pipeline, parameters, status, steps, outputs, events, seconds
        case toolVersion = "tool_version"
        case rerunOf = "rerun_of"
    }

    /// A record of `result`, secrets redacted (the result already holds only redacted text).
    public init(id: String, time: Date, toolVersion: String, definition: PipelineDefinition, result: RunResult, rerunOf: String? = nil) {
        self.id = id
        self.time = RunRecord.timestamp(time)
        self.toolVersion = toolVersion
        pipeline = PipelineInfo(name: definition.name, origin: definition.origin, contentHash: definition.contentHash)
        parameters = result.parameters.map { parameter in
            Parameter(name: parameter.name, type: parameter.type.rawValue,
                      value: parameter.value == nil ? nil : parameter.displayValue,
                      source: parameter.source?.description, secret: parameter.isSecret,
                      overridden: parameter.overridden.map { Override(value: $0.shown, source: $0.source.description) })
        }
        status = result.status.rawValue
        steps = result.steps
        outputs = result.outputs
        events = result.events
        seconds = result.seconds
        self.rerunOf = rerunOf
    }

    /// The run as a result again, for tables and trackers. Secret values stay redacted.
    public var result: RunResult {
        let resolved = parameters.map { parameter -> ResolvedParameter in
            let type = ParameterType(rawValue: parameter.type) ?? .string
            let value = parameter.value.map { text -> ParameterValue in
                parameter.secret ? .string(ResolvedParameter.redacted) : ((try? ValueParser.parse(text, as: type)) ?? .string(text))
            }
            return ResolvedParameter(name: parameter.name, type: type, value: value, source: nil, isSecret: parameter.secret)
        }
        return RunResult(pipeline: pipeline.name, status: RunResult.Status(rawValue: status) ?? .failed, parameters: resolved,
                         steps: steps, outputs: outputs, events: events, seconds: seconds)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
