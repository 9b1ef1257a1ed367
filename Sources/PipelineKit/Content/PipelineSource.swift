import Foundation

/// Finds a pipeline the user named: a file path, or the name of a bundled example (`train-lr`).
public enum PipelineSource {
    /// The names of the bundled example pipelines, in learning order.
    public static let bundledNames = ["train-lr", "three-steps", "dataset-path", "conditional-train", "secrets-env", "platform", "platform-unlinked"]

    /// Every bundled pipeline name, including any added to `lessons/pipelines/` later.
    public static var allBundledNames: [String] {
        let embedded = EmbeddedContent.paths(under: "lessons/pipelines/", withExtension: "yaml").map {
            String($0.dropFirst("lessons/pipelines/".count).dropLast(".yaml".count))
        }
        return bundledNames.filter(embedded.contains) + embedded.filter { !bundledNames.contains($0) }.sorted()
    }

    /// Reads and loads the named pipeline.
    ///
    /// A path that exists wins over a bundled name, so a user's own `train-lr` file is used.
    /// - Throws: `DiagnosticError` when it cannot be found, read or loaded.
    public static func load(_ argument: String, currentDirectory: String) throws(DiagnosticError) -> (definition: PipelineDefinition, text: String) {
        let (text, file, origin) = try read(argument, currentDirectory: currentDirectory)
        let definition = try EngineFileLoader.load(text: text, file: file, origin: origin).definition
        return (definition, text)
    }

    /// Loads a pipeline from where a stored run says it came from (from any folder).
    ///
    /// - Throws: `DiagnosticError` when the file is gone or unreadable, or the pipeline was made in memory.
    public static func load(origin: PipelineOrigin) throws(DiagnosticError) -> (definition: PipelineDefinition, text: String) {
        switch origin {
        case .file(let path):
            guard FileManager.default.fileExists(atPath: path) else {
                throw DiagnosticError(Diagnostic(.error, "the pipeline file \(path) no longer exists",
                                                 hint: "put the file back at that path to run it again"))
            }
            return try load(path, currentDirectory: "/")
        case .bundled(let name):
            guard let text = EmbeddedContent.text(atPath: "lessons/pipelines/\(name).yaml") else {
                throw DiagnosticError(Diagnostic(.error, "this version has no bundled example named '\(name)'"))
            }
            return (try DefinitionLoader.load(text: text, file: "\(name).yaml", origin: origin), text)
        case .generated(let name):
            throw DiagnosticError(Diagnostic(.error, "\(name) was made in memory, so there is no file to load it from again"))
        }
    }

    /// The text of the named pipeline with the file name for messages and its origin.
    public static func read(_ argument: String, currentDirectory: String) throws(DiagnosticError) -> (text: String, file: String, origin: PipelineOrigin) {
        let path = argument.hasPrefix("/") ? argument : currentDirectory + "/" + argument
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else {
                throw DiagnosticError(Diagnostic(.error, "'\(argument)' is a folder, not a pipeline file",
                                                 hint: "name a .yaml or .json file inside it"))
            }
            do {
                let source = try SourceText.load(path: path, displayName: argument)
                return (source.text, argument, .file(absolutePath: URL(fileURLWithPath: path).standardizedFileURL.path))
            } catch {
                throw DiagnosticError(error.diagnostic)
            }
        }
        let name = argument.hasSuffix(".yaml") ? String(argument.dropLast(5)) : argument
        if let text = EmbeddedContent.text(atPath: "lessons/pipelines/\(name).yaml") {
            return (text, "\(name).yaml", .bundled(name: name))
        }
        let hint = NameSuggester.hint(for: name, in: allBundledNames, then: "bundled examples: " + allBundledNames.joined(separator: ", "))
        throw DiagnosticError(Diagnostic(.error, "no pipeline file or bundled example named '\(argument)'", hint: hint))
    }
}
