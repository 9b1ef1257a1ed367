/// Something a person can do to fix a problem, in the library's own terms. The library never
/// names a command-line flag or command: the executable words each action in its own syntax.
public enum UserAction: Equatable, Hashable, Sendable {
    /// Give a parameter a value for this run (`value` may be a placeholder such as `VALUE`).
    case passParameter(name: String, value: String)
    /// Choose one of the definition's `environments:` sets.
    case chooseEnvironmentSet
    /// Choose another folder for run records.
    case chooseRunsDirectory
    /// Run without writing a run record.
    case skipRecording
    /// List the recorded runs.
    case listRuns
    /// List the quiz banks and their questions.
    case listQuizBanks
    /// Give the answers up front instead of typing them.
    case giveAnswers
    /// Ask only the first `count` questions.
    case limitQuestions(count: Int)
    /// Show what a bundled pipeline would run, without running it.
    case previewPipeline(name: String)
    /// Run a pipeline (nil: the default `pipeline.yaml`).
    case runPipeline(name: String?)
    /// Write a starter pipeline definition.
    case createStarterPipeline
    /// List the simulated scripts with their options and outputs.
    case listScripts
    /// Check a question bank file and list every problem in it.
    case lintQuizBank(file: String)
}
