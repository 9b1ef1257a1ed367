/// Several runs of one pipeline in order, sharing a model registry: what a replay plays and
/// what the execution table and variable tracker are built from.
public struct RunSession: Sendable {
    public let definition: PipelineDefinition
    public private(set) var results: [RunResult] = []
    private(set) var workspace: Workspace
    var engine: RunEngine

    public init(definition: PipelineDefinition, registry: ModelRegistry = ModelRegistry(), engine: RunEngine = RunEngine()) {
        self.definition = definition
        self.workspace = Workspace(registry: registry)
        self.engine = engine
    }

    /// Resolves and runs one more run of the session.
    ///
    /// - Throws: `DiagnosticError` when the values are invalid; nothing runs then.
    @discardableResult
    public mutating func run(_ request: ParameterRequest, observer: ((TraceEvent) -> Void)? = nil,
                             isCancelled: () -> Bool = { false }) throws(DiagnosticError) -> RunResult {
        let resolution = try ParameterResolver.resolve(definition, request: request)
        let result = engine.run(definition, with: resolution, workspace: &workspace, environment: request.processEnvironment,
                                observer: observer, isCancelled: isCancelled)
        results.append(result)
        return result
    }

    /// Runs one more run whose values a `RunBatch` already resolved.
    @discardableResult
    public mutating func run(_ prepared: RunBatch.Run, observer: ((TraceEvent) -> Void)? = nil,
                             isCancelled: () -> Bool = { false }) -> RunResult {
        let result = engine.run(definition, with: prepared.resolution, workspace: &workspace,
                                environment: prepared.request.processEnvironment, observer: observer, isCancelled: isCancelled)
        results.append(result)
        return result
    }

    /// Adds a run that already happened (a stored record being replayed).
    mutating func append(_ result: RunResult) {
        results.append(result)
    }

    /// The session's trace: `pipelineDefined` once, then every run's events.
    var events: [TraceEvent] {
        [RunSession.definedEvent(definition)] + results.flatMap(\.events)
    }

    /// The event that opens every session: the parameters declared, none with a value yet.
    static func definedEvent(_ definition: PipelineDefinition) -> TraceEvent {
        TraceEvent(kind: .pipelineDefined,
                   bindings: definition.parameters.map { ParameterBinding(name: $0.name, value: declaredValue($0)) },
                   effect: definition.parameters.count == 1 ? "Pipeline ready to accept a value for its parameter"
                       : "Pipeline ready to accept values for its \(definition.parameters.count) parameters")
    }

    /// `float type, no value yet` or `int, default 10`.
    static func declaredValue(_ parameter: Parameter) -> String {
        switch parameter.defaultValue {
        case .value(let value, _)?:
            return "\(parameter.type.rawValue), default \(parameter.isSecret ? ResolvedParameter.redacted : value.rendered)"
        case .template(_, let raw)?:
            return "\(parameter.type.rawValue), default \(raw)"
        case nil:
            return "\(parameter.type.rawValue) type, no value yet"
        }
    }
}
