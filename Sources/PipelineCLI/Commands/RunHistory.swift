import PipelineKit

/// Finding the pipeline a stored run came from.
enum RunHistory {
    /// The definition named by the record's origin, or a stand-in built from the record when
    /// the file is gone (enough to draw its tables).
    static func definition(for record: RunRecord, terminal: Terminal) -> PipelineDefinition {
        if let loaded = try? load(record) { return loaded }
        let parameters = record.parameters.map {
            Parameter(name: $0.name, type: $0.type, isRequired: false, isSecret: $0.secret,
                      location: SourceLocation(file: record.pipeline.origin.description, line: 1, column: 1))
        }
        return PipelineDefinition(name: record.pipeline.name, parameters: parameters, steps: [],
                                  origin: record.pipeline.origin, contentHash: record.pipeline.contentHash)
    }

    /// Loads the record's pipeline from where it came from.
    static func load(_ record: RunRecord) throws(DiagnosticError) -> PipelineDefinition {
        try PipelineSource.load(origin: record.pipeline.origin).definition
    }
}
