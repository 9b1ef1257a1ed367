import Testing
@testable import PipelineKit

@Suite struct SimulatedScriptTests {
    func run(_ script: String, _ arguments: [String], in workspace: inout Workspace) throws -> ScriptOutcome {
        let found = try #require(ScriptLibrary.standard.script(named: script))
        return try found.run(ScriptArguments(arguments), in: &workspace)
    }

    @Test func datasetsDependOnTheirPathAndRepeat() {
        let first = Dataset.generated(name: "data/a.csv")
        #expect(first == Dataset.generated(name: "data/a.csv"))
        #expect(first.targets != Dataset.generated(name: "data/b.csv").targets)
        #expect(first.rowCount == 200)
    }

    @Test func preprocessingStandardizesTrainingFeatures() throws {
        var workspace = Workspace()
        _ = try run("load_data.py", ["--data", "data/x.csv"], in: &workspace)
        let outcome = try run("preprocess.py", [], in: &workspace)
        let dataset = try #require(workspace.datasets["model"])
        let column = dataset.features[..<dataset.trainCount].map { $0[2] }
        let mean = column.reduce(0, +) / Double(column.count)
        #expect(abs(mean) < 1e-9)
        #expect(outcome.outputs.contains(StepOutput("train_rows", "160")))
    }

    @Test func moreEpochsLowerTheLoss() throws {
        var workspace = Workspace()
        let short = try run("train.py", ["--lr", "0.01", "--epochs", "2"], in: &workspace)
        let long = try run("train.py", ["--lr", "0.01", "--epochs", "40"], in: &workspace)
        let shortLoss = try #require(Double(short.outputs.first { $0.name == "final_loss" }?.value ?? ""))
        let longLoss = try #require(Double(long.outputs.first { $0.name == "final_loss" }?.value ?? ""))
        #expect(longLoss < shortLoss)
    }

    @Test func evaluationAppliesTheThreshold() throws {
        var workspace = Workspace()
        _ = try run("train.py", ["--lr", "0.1", "--epochs", "20"], in: &workspace)
        #expect(try run("evaluate.py", ["--threshold", "100"], in: &workspace).outputs.contains(StepOutput("passed", "true")))
        #expect(try run("evaluate.py", ["--threshold", "0.0001"], in: &workspace).outputs.contains(StepOutput("passed", "false")))
        let register = try run("register.py", [], in: &workspace)
        #expect(register.effect.contains("failed evaluation"))
    }

    @Test func badScriptArgumentsFailTheStep() {
        var workspace = Workspace()
        #expect(throws: ScriptFailure.self) { try run("train.py", ["--lr", "fast"], in: &workspace) }
        #expect(throws: ScriptFailure.self) { try run("train.py", ["--epochs", "0"], in: &workspace) }
        #expect(throws: ScriptFailure.self) { try run("deploy.py", ["--version", "3"], in: &workspace) }
        #expect(throws: ScriptFailure.self) { try run("monitor.py", [], in: &workspace) }
    }

    @Test func unknownScriptsReportTheirArguments() {
        let outcome = GenericScript().run(named: "report.sh", ScriptArguments(["--out", "x"], display: ["--out", "x"]))
        #expect(outcome.effect == "not simulated: report.sh was given --out x; nothing ran")
    }

    @Test func optionsMayBeWrittenWithEquals() throws {
        let arguments = ScriptArguments(["--lr=0.5", "--epochs", "3", "--verbose"])
        #expect(try arguments.double("--lr", default: 0) == 0.5)
        #expect(try arguments.int("--epochs", default: 1) == 3)
        #expect(arguments.flag("--verbose"))
    }
}
