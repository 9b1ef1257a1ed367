import Foundation
import PackagePlugin

/// Embeds the package's `lessons/` and `quizzes/` folders, and the file-format documents that
/// `pipeline help` prints, into the `PipelineKit` target as a generated Swift source, so the
/// built `pipeline` binary serves them with no checkout beside it.
@main
struct EmbedContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["lessons", "quizzes"]
        var inputs: [URL] = []
        for folder in folders {
            inputs += Self.files(under: root.appendingPathComponent(folder))
        }
        inputs += ["docs/pipeline-format.md", "docs/yaml-subset.md"].map { root.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles.generated.swift")
        let relative = inputs.map { String($0.path.dropFirst(root.path.count + 1)) }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) lesson, quiz and format files",
                executable: try context.tool(named: "ContentEmbedder").url,
                arguments: [root.path, output.path] + relative,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// Every regular file below `folder`, sorted, skipping hidden files.
    static func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: folder,
            includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles]
        ) else { return [] }
        var found: [URL] = []
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
            if values?.isRegularFile == true { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }
}
