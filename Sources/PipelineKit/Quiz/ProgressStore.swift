import Foundation

/// Where quiz progress lives: `progress.json` in the state folder, `$PIPELINE_STATE_DIR`, else
/// `$XDG_STATE_HOME/pipeline`, else `~/.local/state/pipeline`. Quizzes answering at the same
/// time keep every answer (see `ProgressFile`).
public typealias ProgressStore = ProgressFile<QuizProgress>

extension ProgressFile<QuizProgress> {
    init(directory: URL) {
        self.init(folder: directory, name: "progress.json", subject: "quiz progress")
    }

    public static func resolve(environment: [String: String]) -> ProgressStore {
        if let dir = environment["PIPELINE_STATE_DIR"], !dir.isEmpty { return ProgressStore(directory: URL(fileURLWithPath: dir)) }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return ProgressStore(directory: URL(fileURLWithPath: state).appendingPathComponent("pipeline"))
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return ProgressStore(directory: URL(fileURLWithPath: home).appendingPathComponent(".local/state/pipeline"))
    }
}
