import PipelineKit

/// Finding the pipeline a stored run came from.
enum RunHistory {
    /// The definition named by the record's origin, or a stand-in built from the record when
    /// the file is gone (enough to draw its tables).
    static func definition(for record: RunRecord, terminal: Terminal) -> PipelineDefinition {
        if let loaded = try? load(record, terminal: terminal) { return loaded }
        let parameters = record.parameters.map {
            Parameter(name: $0.name, type: ParameterType(rawValue: $0.type) ?? .string, isRequired: false, isSecret: $0.secret,
                      location: SourceLocation(file: record.pipeline.origin, line: 1, column: 1))
        }
        return PipelineDefinition(name: record.pipeline.name, parameters: parameters, steps: [],
                                  origin: record.pipeline.origin, contentHash: record.pipeline.contentHash)
    }

    /// Loads the record's pipeline from where it came from.
    static func load(_ record: RunRecord, terminal: Terminal) throws(DiagnosticError) -> PipelineDefinition {
        let origin = record.pipeline.origin
        let name = origin.hasPrefix("bundled:") ? String(origin.dropFirst("bundled:".count)) : origin
        return try PipelineSource.load(name, currentDirectory: terminal.currentDirectory).definition
    }
}
