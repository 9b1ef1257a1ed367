import Foundation

/// The pipeline file a folder is run with when no pipeline is named (`pipeline.yaml`, as
/// `mlflow run .` reads `MLproject` and Compose reads `compose.yaml`), and writing one from a
/// bundled example (`pipeline init`).
public enum StarterPipeline {
    /// The file `pipeline run` uses when no pipeline is named.
    public static let fileName = "pipeline.yaml"
    /// The bundled example `pipeline init` copies when none is named.
    public static let defaultExample = "train-lr"

    /// A problem finding or writing the folder's `pipeline.yaml`.
    public enum Problem: Error, Equatable, Sendable {
        /// No pipeline was named and the folder has no `pipeline.yaml`.
        case noDefaultFile(directory: String)
        /// `pipeline init` would overwrite an existing file.
        case alreadyExists(path: String)
        case unknownExample(name: String, suggestion: String?, examples: [String])
        case unwritable(path: String, reason: String)

        /// Hints name what to do as `UserAction`s; the executable words them as commands.
        public var diagnostic: Diagnostic {
            switch self {
            case .noDefaultFile(let directory):
                return Diagnostic(.error, "no pipeline was named and there is no \(StarterPipeline.fileName) in \(directory)",
                                  hint: "name one (\(UserAction.runPipeline(name: "train-lr")), \(UserAction.runPipeline(name: "my-pipeline.yaml"))), or create \(StarterPipeline.fileName) from an example: \(UserAction.createStarterPipeline)" as Hint)
            case .alreadyExists(let path):
                return Diagnostic(.error, "\(path) already exists, and a starter pipeline never overwrites a file",
                                  hint: "remove or rename it first, or run the one you have: \(UserAction.runPipeline(name: nil))" as Hint)
            case .unknownExample(let name, let suggestion, let examples):
                return Diagnostic(.error, "there is no bundled example named '\(name)'",
                                  hint: NameSuggester.hint(suggesting: suggestion, then: "bundled examples: " + examples.joined(separator: ", ")))
            case .unwritable(let path, let reason):
                return Diagnostic(.error, "cannot write \(path): \(reason)", hint: "run \(UserAction.createStarterPipeline) in a folder you can write to" as Hint)
            }
        }
    }

    /// The path of the folder's default pipeline file, if it exists.
    public static func defaultFile(in directory: String) throws(Problem) -> String {
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + fileName
        guard FileManager.default.fileExists(atPath: path) else { throw .noDefaultFile(directory: directory) }
        return fileName
    }

    /// Writes `pipeline.yaml` in `directory` from the bundled example `name`, never replacing
    /// an existing file (even one created at the same moment by another process).
    ///
    /// - Returns: the path written.
    @discardableResult
    public static func write(example name: String = defaultExample, in directory: String) throws(Problem) -> String {
        let examples = PipelineSource.allBundledNames
        let bare = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
        guard examples.contains(bare), let text = EmbeddedContent.text(atPath: "lessons/pipelines/\(bare).yaml") else {
            throw .unknownExample(name: name, suggestion: NameSuggester.closest(to: bare, in: examples), examples: examples)
        }
        let target = URL(fileURLWithPath: directory).appendingPathComponent(fileName)
        if FileManager.default.fileExists(atPath: target.path) { throw .alreadyExists(path: fileName) }
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(fileName).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw .unwritable(path: fileName, reason: "cannot create a file in \(directory)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        // link(2) fails when the target exists, so a file that appeared meanwhile is never replaced.
        guard link(temporary.path, target.path) == 0 else {
            if errno == EEXIST { throw .alreadyExists(path: fileName) }
            throw .unwritable(path: fileName, reason: String(cString: strerror(errno)))
        }
        return target.path
    }
}
