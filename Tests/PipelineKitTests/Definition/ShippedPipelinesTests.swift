import Foundation
import Testing
@testable import PipelineKit

/// Every pipeline the project ships keeps its scripts' contracts: the bundled examples, the
/// exercises' starter files and solutions, the GitHub Actions and Azure Pipelines examples,
/// and the pipelines written out in the lessons and the docs load without a contract error or
/// warning (a starter file that is broken on purpose fails for its own reason, never a contract's).
@Suite struct ShippedPipelinesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Files under `folder` (relative to the repository) whose names end in one of `extensions`.
    static func files(under folder: String, extensions: [String]) -> [URL] {
        let base = root.appendingPathComponent(folder)
        let found = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return found.filter { extensions.contains($0.pathExtension) }.sorted { $0.path < $1.path }
    }

    /// The YAML blocks of a Markdown file that are whole pipelines (they open with `pipeline:`).
    static func pipelineBlocks(in file: URL) throws -> [String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().compactMap { block in
            let body = block.components(separatedBy: "```").first ?? ""
            return body.hasPrefix("pipeline:") ? body : nil
        }
    }

    /// Contract warnings of a loaded definition: each simulated step's arguments against its
    /// script's contract, and parameters nothing uses.
    static func contractProblems(_ definition: PipelineDefinition) -> [String] {
        let byName = Dictionary(definition.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let steps = definition.steps.flatMap { step -> [String] in
            guard let contract = ScriptContract.named(step.run) else { return [] }
            return ContractChecker.check(step, contract: contract, argumentsAt: step.location, parameters: byName).map(\.message)
        }
        return steps + definition.unusedParameterWarnings().map(\.message)
    }

    static let contractWords = ["is not a simulated script", "has no option", "takes ", "no bare argument", "is declared, but no step"]

    @Test func everyShippedPipelineKeepsItsContracts() throws {
        var checked: [String] = []
        var problems: [String] = []
        func check(_ text: String, named name: String, mayFail: Bool = false) {
            checked.append(name)
            do {
                let loaded = try EngineFileLoader.load(text: text, file: name)
                problems += Self.contractProblems(loaded.definition).map { "\(name): \($0)" }
                problems += loaded.warnings.filter { warning in Self.contractWords.contains { warning.message.contains($0) } }
                    .map { "\(name): \($0.message)" }
            } catch {
                let contract = error.diagnostics.filter { diagnostic in Self.contractWords.contains { diagnostic.message.contains($0) } }
                problems += contract.map { "\(name): \($0.message)" }
                if !mayFail { problems.append("\(name) does not load: \(error.description)") }
            }
        }
        let pipelineFiles = (Self.files(under: "lessons", extensions: ["yaml", "yml"]) + Self.files(under: "docs/examples", extensions: ["yaml", "yml"]))
            .filter { $0.lastPathComponent != "course.yaml" }
        for file in pipelineFiles {
            // An exercise's starter file may be broken on purpose (its exercise says how); a solution must load.
            let isStarter = file.path.contains("/exercises/") && !file.path.contains("/solution/")
            check(try String(contentsOf: file, encoding: .utf8), named: file.path.replacingOccurrences(of: Self.root.path + "/", with: ""),
                  mayFail: isStarter)
        }
        let markdown = Self.files(under: "lessons", extensions: ["md"]) + Self.files(under: "docs", extensions: ["md"])
            + [Self.root.appendingPathComponent("README.md")]
        for file in markdown {
            for (index, block) in try Self.pipelineBlocks(in: file).enumerated() {
                check(block, named: "\(file.lastPathComponent) block \(index + 1)")
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // 7 bundled, 2 engine examples, 8 starters and 8 solutions, the example course's, and the lessons' and docs' own.
        #expect(checked.count >= 27, "\(checked)")
        #expect(checked.contains("docs/examples/course/pipelines/batch-tune.yaml"), "\(checked)")
        #expect(checked.contains("02-step-by-step.md block 1") && checked.contains("pipeline-format.md block 1"))
    }
}
