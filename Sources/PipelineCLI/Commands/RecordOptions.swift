import Foundation
import PipelineKit

/// `--no-record` and `--runs-dir`: whether and where a run record is saved.
struct RecordOptions: Equatable, Sendable {
    var enabled: Bool
    var directory: String?

    /// `--no-record`.
    static let noRecord = OptionSpec("no-record", help: "Do not save a run record.")
    /// `--runs-dir DIR`.
    static let runsDirectory = OptionSpec("runs-dir", .value("DIR"), help: "Where run records are kept (default .pipeline/runs, or $PIPELINE_RUNS_DIR).", completesFiles: true)
    /// Both, for commands that record runs.
    static let specs: [OptionSpec] = [noRecord, runsDirectory]

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        enabled = !arguments[Self.noRecord]
        directory = arguments.value(of: Self.runsDirectory)
        // An empty folder name would write records into the current folder.
        if let directory, directory.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalidOptionValue(option: "--runs-dir", value: directory, allowed: ["a folder path (not empty)"])
        }
    }

    func store(_ terminal: Terminal) -> RunStore {
        RunStore.resolve(option: directory, environment: terminal.environment, currentDirectory: terminal.currentDirectory)
    }

    /// Saves the run's record and returns its id; nil when recording is off or failed (a
    /// warning then says why: the run itself still counts).
    func save(_ result: RunResult, definition: PipelineDefinition, terminal: Terminal, rerunOf: String? = nil,
              registryBefore: ModelRegistry? = nil) -> String? {
        guard enabled else { return nil }
        let id = RunStore.newID()
        let record = RunRecord(id: id, time: Date(), toolVersion: PipelineCLI.version, definition: definition, result: result, rerunOf: rerunOf,
                               registryBefore: registryBefore)
        do {
            try store(terminal).save(record)
            return id
        } catch {
            var warning = error.diagnostic
            warning.severity = .warning
            terminal.err.write(DiagnosticRenderer().render(warning))
            return nil
        }
    }
}
