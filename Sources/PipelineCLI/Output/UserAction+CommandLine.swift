import PipelineKit

// MARK: - Actions in the command line's words

extension UserAction {
    /// What to type, or set, to take this action: `--param epochs=VALUE`, `pipeline runs list`.
    var commandLine: String {
        switch self {
        case .passParameter(let name, let value): return "--param \(name)=\(value)"
        case .chooseEnvironmentSet: return "--env"
        case .chooseRunsDirectory: return "--runs-dir"
        case .skipRecording: return "--no-record"
        case .listRuns: return "pipeline runs list"
        case .listQuizBanks: return "pipeline quiz list"
        case .giveAnswers: return "--answers"
        case .limitQuestions(let count): return "--count \(count)"
        case .previewPipeline(let name): return "pipeline run \(name) --dry-run"
        case .runPipeline(let name): return name.map { "pipeline run \($0)" } ?? "pipeline run"
        case .createStarterPipeline: return "pipeline init"
        case .listScripts: return "pipeline help scripts"
        case .lintQuizBank(let file): return "pipeline quiz lint \(file)"
        }
    }
}

extension Hint {
    /// The hint with its actions worded for the command line.
    var commandLine: String { worded(\.commandLine) }
}
