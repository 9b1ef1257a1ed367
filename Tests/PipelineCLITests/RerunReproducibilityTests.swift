import Foundation
import Testing
@testable import PipelineCLI

/// A rerun finds its pipeline from any folder, and says whether it proves the run reproducible.
@Suite struct RerunReproducibilityTests {
    static let own = """
    pipeline:
      parameters:
        - name: learning_rate
          type: float
        - name: api_key
          type: string
          secret: true
      steps:
        - fetch:
            run: fetch_data.py
            args: --api-key ${{ parameters.api_key }} --data data/sales.csv
        - train:
            run: train.py
            args: --lr ${{ parameters.learning_rate }}
    """

    /// A folder with `own.yaml`, a runs folder, and one recorded run of it; returns (folder, env, id).
    static func recordedRun() throws -> (folder: URL, env: [String: String], id: String) {
        let folder = try CLIHarness.temporaryDirectory()
        try Data(own.utf8).write(to: folder.appendingPathComponent("own.yaml"))
        let env = ["PIPELINE_RUNS_DIR": folder.appendingPathComponent("runs").path]
        let run = CLIHarness.run(["run", "own.yaml", "--param", "learning_rate=0.05", "--param", "api_key=abcdefgh123", "--format", "json"],
                                 environment: env, directory: folder.path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        return (folder, env, try #require(json["run_id"] as? String))
    }

    @Test func aRerunFromAnotherFolderWithTheSecretAgainIsReproducible() throws {
        let (folder, env, id) = try Self.recordedRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let rerun = CLIHarness.run(["rerun", id, "--param", "api_key=abcdefgh123"], environment: env, directory: elsewhere.path)
        #expect(rerun.status == 0, "\(rerun.err)")
        #expect(rerun.out.contains("Same inputs and same outputs as run \(id): the run is reproducible."), "\(rerun.out)")
        #expect(rerun.out.contains(folder.appendingPathComponent("own.yaml").standardizedFileURL.path))
        #expect(!rerun.out.contains("abcdefgh123"))
    }

    @Test func aChangedValueIsListedAndTheVerdictIsDifferentInputs() throws {
        let (folder, env, id) = try Self.recordedRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rerun = CLIHarness.run(["rerun", id, "--param", "api_key=abcdefgh123", "--param", "learning_rate=0.1"], environment: env, directory: folder.path)
        #expect(rerun.status == 0)
        #expect(rerun.out.contains("Different inputs from run \(id): learning_rate: 0.05 → 0.1."), "\(rerun.out)")
        #expect(!rerun.out.contains("reproducible."))
    }

    @Test func aChangedFileIsNamedWithItsHash() throws {
        let (folder, env, id) = try Self.recordedRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data((Self.own + "\n# edited\n").utf8).write(to: folder.appendingPathComponent("own.yaml"))
        let rerun = CLIHarness.run(["rerun", id, "--param", "api_key=abcdefgh123"], environment: env, directory: folder.path)
        #expect(rerun.err.contains("has changed since run \(id) (content hash"))
        #expect(rerun.out.contains("the pipeline file changed since: the outputs are not a test of reproducibility"))
    }

    @Test func anUnknownValueInARecordIsAnErrorNamingTheField() throws {
        let (folder, env, id) = try Self.recordedRun()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("runs/\(id).json")
        let text = try String(contentsOf: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: #""type": "float""#, with: #""type": "floaty""#).utf8).write(to: path)
        let show = CLIHarness.run(["runs", "show", id], environment: env, directory: folder.path)
        #expect(show.status == 2)
        #expect(show.err.contains("field parameters[0].type"), "\(show.err)")
    }
}
