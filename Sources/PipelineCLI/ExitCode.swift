import PipelineKit

/// The process exit statuses `pipeline` uses.
public enum ExitCode {
    public static let success: Int32 = 0
    /// A step failed, or a lint found problems.
    public static let failure: Int32 = 1
    /// The input was invalid: nothing ran.
    public static let badInput: Int32 = 2
    /// Interrupted with Ctrl-C.
    public static let interrupted: Int32 = 130

    /// The status of a command that ran one run: 0 succeeded, 1 failed or diverged, 130 interrupted.
    static func of(_ status: RunResult.Status) -> Int32 {
        switch status {
        case .succeeded: return success
        case .failed, .diverged: return failure
        case .cancelled: return interrupted
        }
    }
}
