import PipelineKit

/// `--no-record` and `--runs-dir`: whether and where a run record is saved.
struct RecordOptions: Equatable, Sendable {
    var enabled: Bool
    var directory: String?

    init(parsing arguments: ParsedArguments) {
        enabled = !arguments.flag("no-record")
        directory = arguments.value("runs-dir")
    }

    /// Saves the run's record; returns its id, or nil when recording is off.
    /// Run records arrive with the run-history work (issue 3); until then nothing is saved.
    func save(_ result: RunResult, definition: PipelineDefinition, terminal: Terminal) -> String? {
        nil
    }
}
