import PipelineKit

/// A pipeline loaded and its parameters resolved and validated: ready to run or plan.
struct PreparedRun {
    /// Why a run could not be prepared: every problem, with the sources to quote.
    struct Failure: Error {
        var diagnostics: [Diagnostic]
        var sources: [String: String]
        /// The pipeline file among `sources`; the others are params files.
        var pipelineFile: String? = nil

        func report(to terminal: Terminal, color: ColorChoice) {
            var quoted = sources
            var spans: [String: [SecretSpan]] = [:]
            var secrets: Set<String> = []
            if let file = pipelineFile, let text = sources[file], let found = SecretSpans.inPipeline(text, file: file) {
                secrets = found.secrets
                spans[file] = found.spans
            }
            for (file, text) in sources where file != pipelineFile {
                // A params file that does not parse cannot be searched for secrets: quote none of it.
                guard let found = SecretSpans.inParamsFile(text, file: file, secrets: secrets) else {
                    quoted[file] = nil
                    continue
                }
                spans[file] = found
            }
            let renderer = DiagnosticRenderer(sources: quoted, colored: terminal.colorsErr(color), secretSpans: spans)
            terminal.err.write(renderer.render(diagnostics))
        }
    }

    var definition: PipelineDefinition
    var text: String
    var resolution: ParameterResolver.Resolution

    /// Loads a pipeline by path or bundled name; a failure carries the source to quote.
    /// A file written for GitHub Actions or Azure Pipelines is detected (or named by `reading.format`)
    /// and read into the same definition; the reader's warnings go to standard error.
    /// A pipeline as loaded: its definition, the text it came from and the file name diagnostics quote.
    typealias Loaded = (definition: PipelineDefinition, text: String, file: String)

    /// Loads `pipeline`, or reports why it cannot be loaded and returns `nil` (the caller exits with bad input).
    static func loadOrReport(_ pipeline: String, terminal: Terminal, color: ColorChoice) -> Loaded? {
        do {
            return try load(pipeline, terminal: terminal)
        } catch {
            error.report(to: terminal, color: color)
            return nil
        }
    }

    static func load(_ pipeline: String, terminal: Terminal, reading: EngineFileOptions = EngineFileOptions()) throws(Failure) -> Loaded {
        let read: (text: String, file: String, origin: PipelineOrigin)
        do {
            read = try terminal.curriculum.read(pipeline, base: terminal.currentDirectory)
        } catch {
            throw Failure(diagnostics: error.diagnostics, sources: [:])
        }
        do {
            let loaded = try EngineFileLoader.load(text: read.text, file: read.file, origin: read.origin, format: reading.format, trigger: reading.trigger)
            if !loaded.warnings.isEmpty {
                terminal.err.write(DiagnosticRenderer(sources: [read.file: read.text], colored: terminal.colorsErr(.auto), consequence: nil).render(loaded.warnings))
            }
            return (loaded.definition, read.text, read.file)
        } catch {
            throw Failure(diagnostics: error.diagnostics, sources: [read.file: read.text], pipelineFile: read.file)
        }
    }

    /// Loads `pipeline`, then resolves `parameters` against it. Nothing runs.
    static func prepare(_ pipeline: String, parameters: ParameterOptions, spec: CommandSpec, terminal: Terminal,
                        reading: EngineFileOptions = EngineFileOptions()) throws(Failure) -> PreparedRun {
        let loaded = try load(pipeline, terminal: terminal, reading: reading)
        var sources = [loaded.file: loaded.text]
        do {
            try parameters.checkShorthands(against: loaded.definition, spec: spec)
        } catch {
            throw Failure(diagnostics: error.diagnostics, sources: sources, pipelineFile: loaded.file)
        }
        let malformed = parameters.diagnostics(against: loaded.definition)
        let resolution: ParameterResolver.Resolution
        do {
            resolution = try ParameterResolver.resolve(loaded.definition, request: try parameters.request(terminal: terminal, sources: &sources))
        } catch {
            throw Failure(diagnostics: malformed + error.diagnostics, sources: sources, pipelineFile: loaded.file)
        }
        guard malformed.isEmpty else { throw Failure(diagnostics: malformed, sources: sources, pipelineFile: loaded.file) }
        return PreparedRun(definition: loaded.definition, text: loaded.text, resolution: resolution)
    }
}
