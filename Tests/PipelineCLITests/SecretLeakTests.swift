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
        // Questions generated from runs that used the secret show the engine's table.
        for format in ["text", "json"] {
            let quiz = try run(["quiz", "--generate", "3", "--pipeline", "secrets-env", "--run", "\(key) data_path=d.csv", "--run", "\(key) learning_rate=0.1 data_path=d.csv",
                                "--answers", "A,A,A", "--format", format])
            #expect(quiz.status == 0 && (format == "json" || quiz.out.contains("[REDACTED]")), "\(quiz.err)")
        }
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

    /// Writes `files` into a fresh folder and runs the command there, in-process.
    func run(_ arguments: [String], files: [String: String], environment: [String: String] = [:]) throws -> CLIHarness.Outcome {
        let directory = try CLIHarness.temporaryDirectory()
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        var env = environment
        env["PIPELINE_RUNS_DIR"] = directory.appendingPathComponent("runs").path
        return CLIHarness.run(arguments, environment: env, directory: directory.path)
    }

    static let pipeline = """
        pipeline:
          parameters:
            - {name: api_key, type: string, secret: true}
            - {name: epochs, type: int, default: 3}
            - {name: url, type: string, default: "https://host/"}
          steps:
            - fetch:
                run: load_data.py
                args: --data ${{ parameters.url }}
            - train:
                run: train.py
                args: --lr 0.1 --epochs ${{ parameters.epochs }}

        """

    @Test func aShortSecretNeverRewritesOtherText() throws {
        // Search-and-replace redaction once turned 0.2175 into 0.2[REDACTED]75 for the secret 1.
        let plain = try run(["run", "p.yaml", "--param", "api_key=zz-unrelated", "--format", "json", "--no-record"], files: ["p.yaml": Self.pipeline])
        let short = try run(["run", "p.yaml", "--param", "api_key=1", "--format", "json", "--no-record"], files: ["p.yaml": Self.pipeline])
        #expect(short.status == 0, "\(short.err)")
        let loss = { (text: String) in text.components(separatedBy: "\"final_loss\"").dropFirst().first?.prefix(30) }
        #expect(loss(short.out) == loss(plain.out))
        #expect(!short.out.contains("[REDACTED]0") && !short.out.contains("0.[REDACTED]"))
        let text = try run(["run", "p.yaml", "--param", "api_key=007", "--no-record"], files: ["p.yaml": Self.pipeline])
        #expect(text.out.contains("--lr 0.1 --epochs 3"))
    }

    @Test func aValueHoldingASecretIsSecretToo() throws {
        let outcome = try run(["run", "p.yaml", "--param", "api_key=s3cr3t-value", "--param", "url=https://user:s3cr3t-value@host/", "--no-record"],
                              files: ["p.yaml": Self.pipeline])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(!(outcome.out + outcome.err).contains("s3cr3t-value"))
        #expect(outcome.out.contains("url=[REDACTED]"))
    }

    @Test func anEnvironmentVariableASecretReadsIsShownRedacted() throws {
        let text = """
            pipeline:
              parameters:
                - {name: api_key, type: string, secret: true, default: "${{ env.API_KEY }}"}
              steps:
                - fetch:
                    run: fetch_data.py
                    args: --api-key ${{ parameters.api_key }}
                - call:
                    run: curl
                    simulated: false
                    args: --header ${{ env.API_KEY }}

            """
        let outcome = try run(["run", "p.yaml", "--no-record"], files: ["p.yaml": text], environment: ["API_KEY": "envsecret-123456"])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(!(outcome.out + outcome.err).contains("envsecret-123456"))
        #expect(outcome.out.contains("--header [REDACTED]"))
        // No step reports the secret's length either.
        #expect(!outcome.out.contains("16 characters"))
    }

    @Test func quotedLinesUnderErrorsMaskEverySecret() throws {
        let cases: [(files: [String: String], arguments: [String])] = [
            // A params file with the secret beside a bad value.
            (["p.yaml": Self.pipeline, "run.json": #"{"api_key": "sk-masked-1", "epochs": "ten"}"#],
             ["run", "p.yaml", "--params-file", "run.json", "--no-record"]),
            // An invalid secret default.
            (["p.yaml": "pipeline:\n  parameters:\n    - {name: tok, type: int, secret: true, default: sk-masked-1}\n  steps:\n    - a: {run: x}\n"],
             ["run", "p.yaml", "--no-record"]),
            // An invalid secret in an environments: set.
            (["p.yaml": "pipeline:\n  parameters:\n    - {name: tok, type: int, secret: true, default: 1}\n  environments:\n    dev: {tok: sk-masked-1}\n  steps:\n    - a: {run: x}\n"],
             ["run", "p.yaml", "--env", "dev", "--no-record"]),
            // A params file that is not even YAML: no line of it is quoted.
            (["p.yaml": Self.pipeline, "run.yaml": "api_key: sk-masked-1\nepochs: [1\n"],
             ["run", "p.yaml", "--params-file", "run.yaml", "--no-record"]),
        ]
        for (files, arguments) in cases {
            let outcome = try run(arguments, files: files)
            #expect(outcome.status == 2, "\(arguments): \(outcome.err)")
            #expect(!outcome.err.contains("sk-masked-1"), "leaked: \(outcome.err)")
        }
    }

    @Test func hintsNeverRevealASecretsAllowedValues() throws {
        let text = "pipeline:\n  parameters:\n    - {name: tok, type: string, secret: true, values: [alpha-key, beta-key]}\n  steps:\n    - a: {run: x}\n"
        let outcome = try run(["run", "p.yaml", "--param", "tok=alpha-kez", "--no-record"], files: ["p.yaml": text])
        #expect(outcome.status == 2)
        #expect(!outcome.err.contains("alpha-key") && !outcome.err.contains("beta-key"), "\(outcome.err)")
        #expect(!outcome.err.contains("alpha-kez"))
    }
}
