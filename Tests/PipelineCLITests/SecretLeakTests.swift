import Foundation
import Testing

/// A secret's value must appear in no output and no file, whatever command touches the run.
@Suite struct SecretLeakTests {
    static let secret = "sk-LEAK-CANARY-4242"

    @Test func theSecretNeverLeaves() throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let env = ["PIPELINE_RUNS_DIR": directory.appendingPathComponent("runs").path,
                   "PIPELINE_STATE_DIR": directory.appendingPathComponent("state").path, "DATA_PATH": "data/live.csv"]
        let key = "api_key=\(Self.secret)"
        var outputs: [String] = []
        func run(_ arguments: [String]) throws -> CLIHarness.Outcome {
            let outcome = try CLIHarness.exec(arguments, environment: env, directory: directory)
            outputs.append(outcome.out + outcome.err)
            return outcome
        }
        let first = try run(["run", "secrets-env", "--param", key, "--format", "json"])
        #expect(first.status == 0, "\(first.err)")
        _ = try run(["run", "secrets-env", "--param", key])
        _ = try run(["run", "secrets-env", "--param", key, "--dry-run"])
        _ = try run(["run", "secrets-env", "--param", key, "--dry-run", "--format", "json"])
        _ = try run(["run", "secrets-env", "--param", key, "--param", key])
        _ = try run(["run", "secrets-env", "--env", "prod", "--param", key, "--param", "epochs=0"])
        for format in ["text", "markdown", "csv", "json", "html"] {
            _ = try run(["replay", "secrets-env", "--run", key, "--run", "\(key) learning_rate=0.1", "--format", format])
        }
        _ = try run(["sweep", "secrets-env", "--param", key, "--param", "learning_rate=0.01,0.1"])
        let list = try run(["runs", "list", "--format", "json"])
        let ids = (try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: String]] ?? []).compactMap { $0["id"] }
        #expect(ids.count >= 2)
        _ = try run(["runs", "list"])
        for id in ids.prefix(3) { _ = try run(["runs", "show", id]) }
        _ = try run(["runs", "compare"] + ids.prefix(2))
        _ = try run(["rerun", ids[0], "--param", key])
        _ = try run(["replay", "--run-id", ids[0]])
        // A secret of another type that fails validation is not echoed either.
        try "pipeline:\n  parameters:\n    - name: token\n      type: int\n      secret: true\n      max: 10\n  steps:\n    - a: {run: x}\n"
            .write(to: directory.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        _ = try run(["run", "s.yaml", "--param", "token=\(Self.secret)"])
        _ = try run(["run", "s.yaml", "--param", "token=424242424242"])
        for output in outputs { #expect(!output.contains(Self.secret), "leaked in: \(output.prefix(400))") }
        #expect(!outputs.joined().contains("424242424242"))
        #expect(outputs.joined().contains("[REDACTED]"))
        // And nothing written to disk holds it.
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var files = 0
        while let url = walker?.nextObject() as? URL {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            files += 1
            #expect(!String(decoding: data, as: UTF8.self).contains(Self.secret), "leaked into \(url.lastPathComponent)")
        }
        #expect(files > 5)
    }
}
