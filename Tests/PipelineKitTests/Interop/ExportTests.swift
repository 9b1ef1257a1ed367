import Testing
@testable import PipelineKit

/// The structure of each export (keys, types, dependencies, the secret never an input), read
/// back with the project's own YAML reader; the engines' schemas are checked by Scripts/validate-exports.sh.
@Suite struct ExportTests {
    static func bundled(_ name: String) throws -> PipelineDefinition {
        let text = try #require(EmbeddedContent.text(atPath: "lessons/pipelines/\(name).yaml"))
        return try DefinitionLoader.load(text: text, file: "\(name).yaml", origin: .bundled(name: name))
    }

    static func exported(_ name: String, _ target: ExportTarget, _ options: ExportOptions = ExportOptions()) throws -> (YAMLNode, ExportedPipeline) {
        let exported = try PipelineExporter.export(try bundled(name), to: target, options: options)
        let tree = try #require(try YAMLReader.parse(exported.text, file: "export.yaml"))
        return (tree, exported)
    }

    @Test func everyBundledPipelineExportsToEveryEngineAsYAMLWithTheEnginesTopLevelKeys() throws {
        let keys: [ExportTarget: [String]] = [
            .githubActions: ["name", "on", "permissions", "jobs"],
            .azurePipelines: ["trigger", "pr", "parameters", "pool", "jobs"],
            .argo: ["apiVersion", "kind", "metadata", "spec"],
        ]
        for name in PipelineSource.bundledNames {
            for target in ExportTarget.allCases {
                let (tree, exported) = try Self.exported(name, target)
                let top = try #require(tree.entries).map(\.key.text)
                #expect(Set(top).isSubset(of: Set((keys[target] ?? []) + ["variables"])), "\(name) → \(target): \(top)")
                #expect(top.contains(keys[target]?.last ?? ""), "\(name) → \(target)")
                #expect(exported.text.hasPrefix("# Exported by `pipeline export \(name)"))
                #expect(exported.text.contains("# Lost in translation:"))
            }
        }
    }

    @Test func parametersKeepTheirTypesDefaultsAllowedValuesAndDescriptions() throws {
        let (github, _) = try Self.exported("three-steps", .githubActions)
        let inputs = try #require(github["on"]?["workflow_dispatch"]?["inputs"])
        #expect(inputs["learning_rate"]?["type"]?.scalar?.text == "number")
        #expect(inputs["learning_rate"]?["default"]?.scalar?.text == "0.01")
        #expect(inputs["learning_rate"]?["description"]?.scalar?.text == "Step size of gradient descent.")
        #expect(inputs["batch_size"]?["type"]?.scalar?.text == "choice")
        #expect(inputs["batch_size"]?["options"]?.items?.compactMap(\.scalar?.text) == ["8", "16", "32", "64", "128"])
        let (azure, _) = try Self.exported("three-steps", .azurePipelines)
        let batch = try #require(azure["parameters"]?.items?.first { $0["name"]?.scalar?.text == "batch_size" })
        #expect(batch["type"]?.scalar?.text == "number")
        #expect(batch["values"]?.items?.count == 5)
        let (argo, _) = try Self.exported("three-steps", .argo)
        let arguments = try #require(argo["spec"]?["arguments"]?["parameters"]?.items)
        #expect(arguments.map { $0["value"]?.scalar?.style } == [.singleQuoted, .singleQuoted, .singleQuoted], "every Argo value is text")
        #expect(arguments[1]["enum"]?.items?.count == 5)
    }

    @Test func rangesBecomeAFirstJobWithTheSimulatorsMessage() throws {
        let message = ParameterError.outOfRange(name: "learning_rate", shown: "-inf", minimum: 0.000001, maximum: 10, isBelow: true, source: .commandLine).message
        #expect(message.hasPrefix("parameter 'learning_rate' is -inf, below its minimum"))
        let tail = String(message.drop { $0 != "," })
        for target in ExportTarget.allCases {
            let (_, exported) = try Self.exported("three-steps", target)
            #expect(exported.text.contains("check_parameters") || exported.text.contains("check-parameters"))
            #expect(exported.text.contains("'parameter \\'learning_rate\\' is ' + text + '\(tail)'"), "\(target)")
            #expect(exported.lostInTranslation.contains { $0.hasPrefix("learning_rate: \(target.engineName) cannot declare a range") })
        }
        let (github, _) = try Self.exported("three-steps", .githubActions)
        #expect(github["jobs"]?["load_data"]?["needs"]?.items?.first?.scalar?.text == "check_parameters")
    }

    @Test func conditionsUseEachEnginesSafeForm() throws {
        let (github, _) = try Self.exported("conditional-train", .githubActions)
        #expect(github["jobs"]?["train_model"]?["if"]?.scalar?.text == "${{ inputs.train_model }}")
        #expect(github["jobs"]?["register_model"]?["if"]?.scalar?.text == "${{ inputs.mode == 'full' }}")
        let (azure, _) = try Self.exported("conditional-train", .azurePipelines)
        let jobs = try #require(azure["jobs"]?.items)
        #expect(jobs.first { $0["job"]?.scalar?.text == "train_model" }?["condition"]?.scalar?.text
                == "and(succeeded(), ${{ eq(parameters.train_model, true) }})")
        let (argo, _) = try Self.exported("conditional-train", .argo)
        let tasks = try #require(argo["spec"]?["templates"]?.items?.first?["dag"]?["tasks"]?.items)
        #expect(tasks.first { $0["name"]?.scalar?.text == "train-model" }?["when"]?.scalar?.text == "'{{workflow.parameters.train_model}}' == 'true'")
        #expect(tasks.first { $0["name"]?.scalar?.text == "register-model" }?["depends"]?.scalar?.text == "train-model.Succeeded && evaluate-model.Succeeded")
    }

    @Test func needsBecomeJobNeedsDependsOnAndDependencies() throws {
        let (github, _) = try Self.exported("platform", .githubActions)
        #expect(github["jobs"]?["monitor_churn"]?["needs"]?.items?.compactMap(\.scalar?.text) == ["deploy_churn", "deploy_demand"])
        let (azure, _) = try Self.exported("platform", .azurePipelines)
        let monitor = try #require(azure["jobs"]?.items?.first { $0["job"]?.scalar?.text == "monitor_demand" })
        #expect(monitor["dependsOn"]?.items?.compactMap(\.scalar?.text) == ["deploy_churn", "deploy_demand"])
        let (argo, _) = try Self.exported("three-steps", .argo)
        let tasks = try #require(argo["spec"]?["templates"]?.items?.first?["dag"]?["tasks"]?.items)
        #expect(tasks.first { $0["name"]?.scalar?.text == "train-model" }?["dependencies"]?.items?.first?.scalar?.text == "load-data")
    }

    @Test func aSecretIsNeverAnInputNorOnACommandLine() throws {
        let (github, exported) = try Self.exported("secrets-env", .githubActions)
        #expect(github["on"]?["workflow_dispatch"]?["inputs"]?["api_key"] == nil)
        let fetch = try #require(github["jobs"]?["fetch_data"]?["steps"]?.items?.last)
        #expect(fetch["env"]?["API_KEY"]?.scalar?.text == "${{ secrets.DATA_API_KEY }}")
        #expect(fetch["run"]?.scalar?.text.contains("api") == false)
        #expect(exported.lostInTranslation.contains { $0.contains("API_KEY instead of --api-key") })
        let (azure, _) = try Self.exported("secrets-env", .azurePipelines)
        #expect(azure["parameters"]?.items?.contains { $0["name"]?.scalar?.text == "api_key" } == false)
        #expect(azure["variables"]?.items?.first?["group"]?.scalar?.text == AzurePipelinesExporter.secretGroup)
        let script = try #require(azure["jobs"]?.items?.first { $0["job"]?.scalar?.text == "fetch_data" }?["steps"]?.items?.first)
        #expect(script["env"]?["API_KEY"]?.scalar?.text == "$(DATA_API_KEY)")
        #expect(script["script"]?.scalar?.text.contains("api") == false)
        let (argo, argoText) = try Self.exported("secrets-env", .argo)
        #expect(argo["spec"]?["arguments"]?["parameters"]?.items?.contains { $0["name"]?.scalar?.text == "api_key" } == false)
        let container = try #require(argo["spec"]?["templates"]?.items?.first { $0["name"]?.scalar?.text == "fetch-data" }?["container"])
        #expect(container["env"]?.items?.first?["valueFrom"]?["secretKeyRef"]?["key"]?.scalar?.text == "DATA_API_KEY")
        #expect(container["args"]?.items?.contains { $0.scalar?.text.contains("api") == true } == false)
        #expect(!argoText.text.contains("{{workflow.parameters.api_key}}"))
    }

    @Test func aSweepFansOutWithItemsAndAMatrixBoundedInParallel() throws {
        let grid = SweepGrid([ParameterAssignment(name: "learning_rate", text: "0.001,0.01,0.1"), ParameterAssignment(name: "batch_size", text: "16,32")])
        let axes = try PipelineExporter.sweepAxes(grid, for: try Self.bundled("three-steps"))
        let options = ExportOptions(sweep: axes, maxParallel: 3)
        let (argo, _) = try Self.exported("three-steps", .argo, options)
        #expect(argo["spec"]?["entrypoint"]?.scalar?.text == "sweep")
        let sweep = try #require(argo["spec"]?["templates"]?.items?.first)
        #expect(sweep["parallelism"]?.scalar?.text == "3")
        let run = try #require(sweep["steps"]?.items?.first?.items?.first)
        #expect(run["withItems"]?.items?.count == 6)
        #expect(run["withItems"]?.items?.last?["batch_size"]?.scalar?.text == "32")
        #expect(argo["spec"]?["arguments"]?["parameters"]?.items?.map { $0["name"]?.scalar?.text } == ["epochs"])
        let (github, _) = try Self.exported("three-steps", .githubActions, options)
        let strategy = try #require(github["jobs"]?["sweep"]?["strategy"])
        #expect(strategy["max-parallel"]?.scalar?.text == "3")
        #expect(strategy["matrix"]?["learning_rate"]?.items?.compactMap(\.scalar?.text) == ["0.001", "0.01", "0.1"])
        #expect(github["jobs"]?["sweep"]?["steps"]?.items?.contains { $0["run"]?.scalar?.text.contains("${{ matrix.learning_rate }}") == true } == true)
    }

    @Test func sweepValuesAreCheckedLikeRunValuesEveryProblemAtOnce() throws {
        let grid = SweepGrid([ParameterAssignment(name: "learning_rate", text: "0.01,20"), ParameterAssignment(name: "batch_size", text: "16,17"),
                              ParameterAssignment(name: "epoch", text: "3")])
        let definition = try Self.bundled("three-steps")
        do {
            _ = try PipelineExporter.sweepAxes(grid, for: definition)
            Issue.record("the sweep was accepted")
        } catch {
            let messages = error.diagnostics.map(\.message)
            #expect(messages.count == 3)
            #expect(messages.contains("parameter 'learning_rate' is 20, above its maximum 10"))
            #expect(messages.contains { $0.hasPrefix("parameter 'batch_size' is 17") })
            #expect(messages.contains { $0.hasPrefix("unknown parameter 'epoch'") })
        }
        #expect(throws: DiagnosticError.self) {
            try PipelineExporter.export(try Self.bundled("three-steps"), to: .azurePipelines, options: ExportOptions(sweep: [SweepAxis(name: "epochs", values: [.int(1)])]))
        }
    }
}
