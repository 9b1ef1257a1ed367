import Foundation
import Testing

/// Bad inputs a learner or teacher might give, each run through the built executable: every
/// one must exit with the stated status and a clear message, no crash, no stack trace, fast.
@Suite struct BadInputCorpusTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        /// Files written into a fresh directory before running.
        var files: [String: String] = [:]
        var arguments: [String]
        var status: Int32 = 2
        /// Words the standard error must contain.
        var words: [String]
        var description: String { name }
    }

    static let head = "pipeline:\n  parameters:\n    - name: lr\n      type: float\n      default: 0.1\n  steps:\n    - fit:\n        run: train.py\n        args: --lr ${{ parameters.lr }}\n"

    static func file(_ text: String, _ extra: [String] = []) -> (files: [String: String], arguments: [String]) {
        (["p.yaml": text], ["run", "p.yaml"] + extra)
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        func pipeline(_ name: String, _ text: String, _ words: [String], extra: [String] = []) {
            cases.append(Case(name: name, files: ["p.yaml": text], arguments: ["run", "p.yaml", "--no-record"] + extra, words: words))
        }
        func command(_ name: String, _ arguments: [String], _ words: [String], status: Int32 = 2) {
            cases.append(Case(name: name, arguments: arguments, status: status, words: words))
        }
        // Files that are not usable YAML.
        pipeline("empty file", "", ["p.yaml:1:1", "empty"])
        pipeline("only comments", "# nothing here\n# at all\n", ["empty"])
        pipeline("tab indentation", "pipeline:\n\tsteps: []\n", ["p.yaml:2:1", "tab"])
        pipeline("unterminated double quote", "pipeline:\n  name: \"open\n  steps: []\n", ["p.yaml:2:", "quote"])
        pipeline("unterminated single quote", "pipeline:\n  name: 'open\n", ["p.yaml:2:", "quote"])
        pipeline("unterminated flow list", "pipeline:\n  steps: [a, b\n", ["p.yaml:2:", "p.yaml"])
        pipeline("duplicate key", "pipeline:\n  name: a\n  name: b\n  steps: []\n", ["p.yaml:3:3", "name"])
        pipeline("anchors are outside the subset", "pipeline: &a\n  steps: []\n", ["p.yaml:1:", "anchor"])
        pipeline("nesting 10 000 deep", "x: " + String(repeating: "[", count: 10_000) + "\n", ["p.yaml:1:", "deep"])
        pipeline("indented mappings too deep", (0..<150).map { String(repeating: " ", count: $0 * 2) + "k\($0):" }.joined(separator: "\n") + " 1\n", ["deep"])
        // Byte-level problems.
        cases.append(Case(name: "invalid UTF-8", files: ["p.yaml": "pipeline:\n  name: caf\u{FFFD}\n"], arguments: ["run", "bad-utf8.yaml"], words: ["bad-utf8.yaml:2:", "UTF-8"]))
        // Structure of a definition.
        pipeline("unknown top-level key", "pipline:\n  steps: []\n", ["p.yaml:1:1", "unknown key 'pipline'", "did you mean 'pipeline'?"])
        pipeline("misspelled parameters key", "pipeline:\n  parmeters: []\n  steps:\n    - a: {run: x}\n", ["p.yaml:2:3", "did you mean 'parameters'?"])
        pipeline("misspelled step key", "pipeline:\n  steps:\n    - a: {run: x, agrs: y}\n", ["p.yaml:3:", "unknown key 'agrs'", "did you mean 'args'?"])
        pipeline("misspelled parameter key", "pipeline:\n  parameters:\n    - name: a\n      typ: int\n  steps:\n    - s: {run: x}\n", ["p.yaml:4:7", "did you mean 'type'?"])
        pipeline("no steps", "pipeline:\n  parameters: []\n", ["p.yaml:1:1", "no 'steps'"])
        pipeline("empty steps", "pipeline:\n  steps: []\n", ["p.yaml:2:", "at least one step"])
        pipeline("steps is not a list", "pipeline:\n  steps: train\n", ["p.yaml:2:", "a list of steps"])
        pipeline("step with no run", "pipeline:\n  steps:\n    - a:\n        args: --x\n", ["p.yaml:3:7", "step 'a' has no 'run'"])
        pipeline("duplicate step", "pipeline:\n  steps:\n    - a: {run: x}\n    - a: {run: y}\n", ["p.yaml:4:", "step 'a' is declared twice"])
        pipeline("cycle in needs", "pipeline:\n  steps:\n    - a: {run: x, needs: [b]}\n    - b: {run: x, needs: [a]}\n", ["p.yaml:3:", "cycle", "a → b → a"])
        pipeline("self need", "pipeline:\n  steps:\n    - a: {run: x, needs: [a]}\n", ["cycle"])
        pipeline("needs names no step", "pipeline:\n  steps:\n    - a: {run: x, needs: [trian]}\n", ["p.yaml:3:", "needs 'trian', but no step has that name"])
        pipeline("undeclared parameter", head.replacingOccurrences(of: "parameters.lr", with: "parameters.rate"), ["p.yaml:9:", "parameters.rate, which is not declared"])
        pipeline("misspelled namespace", head.replacingOccurrences(of: "parameters.lr", with: "params.lr"), ["p.yaml:9:", "parameters.lr"])
        pipeline("unterminated placeholder", head.replacingOccurrences(of: "${{ parameters.lr }}", with: "${{ parameters.lr"), ["p.yaml:9:", "${{"])
        pipeline("condition on undeclared parameter", head + "        when: ${{ parameters.train }}\n", ["p.yaml:10:", "parameters.train, which is not declared"])
        pipeline("bad condition", head + "        when: ${{ parameters.lr >> 1 }}\n", ["p.yaml:10:"])
        pipeline("default of the wrong type", head.replacingOccurrences(of: "default: 0.1", with: "default: fast"), ["p.yaml:5:", "the default of parameter 'lr' is invalid"])
        pipeline("int default with a decimal", "pipeline:\n  parameters:\n    - name: n\n      type: int\n      default: 1.5\n  steps:\n    - a: {run: x}\n", ["p.yaml:5:", "decimal point"])
        pipeline("bool default yes", "pipeline:\n  parameters:\n    - name: f\n      type: bool\n      default: yes\n  steps:\n    - a: {run: x}\n", ["p.yaml:5:", "true or false"])
        pipeline("min above max", "pipeline:\n  parameters:\n    - name: n\n      type: int\n      min: 10\n      max: 1\n  steps:\n    - a: {run: x}\n", ["p.yaml:5:", "min 10 is above max 1"])
        pipeline("min on a string", "pipeline:\n  parameters:\n    - name: s\n      min: 1\n  steps:\n    - a: {run: x}\n", ["p.yaml:4:", "only to int and float"])
        pipeline("values excluding the default", "pipeline:\n  parameters:\n    - name: b\n      type: int\n      default: 3\n      values: [1, 2]\n  steps:\n    - a: {run: x}\n", ["p.yaml:5:", "not among its 'values:'"])
        pipeline("unknown type", "pipeline:\n  parameters:\n    - name: x\n      type: double\n  steps:\n    - a: {run: x}\n", ["p.yaml:4:", "unknown type 'double'", "float"])
        pipeline("parameter without a name", "pipeline:\n  parameters:\n    - type: int\n  steps:\n    - a: {run: x}\n", ["p.yaml:3:", "no 'name'"])
        pipeline("duplicate parameter", "pipeline:\n  parameters:\n    - name: x\n    - name: x\n  steps:\n    - a: {run: x}\n", ["p.yaml:4:", "declared twice"])
        pipeline("environment with unknown key", head + "  environments:\n    prod: {rate: 1}\n", ["p.yaml:11:", "unknown parameter 'rate' (from environment prod)"])
        pipeline("environment with a wrong type", head + "  environments:\n    prod: {lr: fast}\n", ["p.yaml:11:", "expects a float"])
        // Values on the command line.
        pipeline("missing value", head, ["parameter 'lr' has no value", "--param lr=VALUE"], extra: ["--param", "lr"])
        pipeline("colon instead of equals", head, ["write --param lr=0.5"], extra: ["--param", "lr:0.5"])
        pipeline("unknown parameter", head, ["unknown parameter 'learning_rate'", "declared parameters: lr"], extra: ["--param", "learning_rate=0.1"])
        pipeline("misspelled shorthand", head, ["unknown parameter 'l'"] , extra: ["--l", "0.1"])
        pipeline("not a number", head, ["parameter 'lr' expects a float, but got 'fast'"], extra: ["--param", "lr=fast"])
        pipeline("nan for a float", head, ["finite number"], extra: ["--param", "lr=nan"])
        pipeline("inf for a float", head, ["finite number"], extra: ["--param", "lr=inf"])
        pipeline("hex for a float", head, ["not a number"], extra: ["--param", "lr=0x10"])
        pipeline("empty name", head, ["name=value"], extra: ["--param", "=3"])
        command("integer overflow", ["run", "three-steps", "--param", "epochs=99999999999999999999"], ["'epochs'", "64-bit"])
        command("int with exponent", ["run", "three-steps", "--param", "epochs=1e3"], ["'epochs'", "decimal point or exponent"])
        command("out of range", ["run", "three-steps", "--param", "epochs=0"], ["'epochs' is 0, below its minimum 1"])
        command("not an allowed value", ["run", "three-steps", "--param", "batch_size=33"], ["'batch_size' is 33", "[8, 16, 32, 64, 128]"])
        command("bool as yes", ["run", "conditional-train", "--param", "train_model=yes"], ["true or false"])
        command("required and missing", ["run", "train-lr"], ["required parameter 'learning_rate' (float) has no value"])
        command("unknown environment", ["run", "secrets-env", "--env", "staging", "--param", "api_key=abcdefgh1", "--param", "data_path=d"], ["environment 'staging' is not defined", "dev, prod"])
        command("env var not set", ["run", "secrets-env", "--param", "api_key=abcdefgh1"], ["DATA_PATH", "not set"])
        command("a 5000-character parameter name is quoted back cut", ["run", "train-lr", "--param", String(repeating: "x", count: 5000) + "=1"],
                ["unknown parameter 'xxxx", "… (5000 characters)'"])
        pipeline("a deep list value is quoted back cut",
                 "pipeline:\n  parameters:\n    - {name: rates, type: list, default: [0.1]}\n  steps:\n    - a: {run: mine.sh, simulated: false, args: \"${{ parameters.rates }}\"}\n",
                 ["… (185 characters)'", "its item 1e400 is not a usable number"],
                 extra: ["--param", "rates=" + String(repeating: "[", count: 90) + "1e400" + String(repeating: "]", count: 90)])
        command("unknown pipeline", ["run", "train-lrr"], ["did you mean 'train-lr'?"])
        command("a folder as pipeline", ["run", "."], ["is a folder"])
        command("unknown command", ["rnu"], ["unknown command 'rnu'", "did you mean 'run'?"])
        command("unknown option", ["run", "train-lr", "--dryrun"], ["did you mean '--dry-run'?"])
        command("option without value", ["run", "train-lr", "--format"], ["needs a value"])
        command("bad format", ["run", "train-lr", "--format", "xml"], ["'xml' is not a valid value for --format"])
        command("no pipeline named and no pipeline.yaml", ["run"], ["no pipeline was named and there is no pipeline.yaml", "pipeline init"])
        // Common slips, each with the fix that was meant.
        command("bare name=value after the pipeline", ["run", "train-lr", "learning_rate=0.1"],
                ["'learning_rate=0.1' is not an argument", "did you mean --param learning_rate=0.1?"])
        command("list split by the shell", ["run", "three-steps", "--param", "tags=[x,", "y]"],
                ["split by the shell", "quote a list or map: --param 'tags=[x, y]'"])
        command("spaces around =", ["run", "train-lr", "--param", "learning_rate", "=", "0.1"],
                ["no spaces around '='", "write --param learning_rate=0.1"])
        command("space after =", ["run", "train-lr", "--param", "learning_rate=", "0.1"], ["no spaces around '='", "write --param learning_rate=0.1"])
        command("run values split by the shell", ["replay", "train-lr", "--run", "learning_rate=0.1", "epochs=5"],
                ["quote a run's values: --run 'learning_rate=0.1 epochs=5'"])
        command("sweep values without --param", ["sweep", "three-steps", "learning_rate=0.1,0.2"], ["did you mean --param learning_rate=0.1,0.2?"])
        // Params files.
        cases.append(Case(name: "params file with an unknown key", files: ["run.yaml": "lr: 0.2\nepoch: 3\n", "p.yaml": head],
                          arguments: ["run", "p.yaml", "--params-file", "run.yaml"], words: ["run.yaml:2:1", "unknown parameter 'epoch' (from file run.yaml)"]))
        cases.append(Case(name: "params file that is a list", files: ["run.yaml": "- 1\n- 2\n", "p.yaml": head],
                          arguments: ["run", "p.yaml", "--params-file", "run.yaml"], words: ["run.yaml:1:", "mapping of parameter names"]))
        cases.append(Case(name: "params file missing", files: ["p.yaml": head], arguments: ["run", "p.yaml", "--params-file", "nope.yaml"], words: ["nope.yaml"]))
        cases.append(Case(name: "params JSON not closed", files: ["run.json": "{\"lr\": 0.2", "p.yaml": head],
                          arguments: ["run", "p.yaml", "--params-file", "run.json"], words: ["run.json:1:"]))
        // Replays and sweeps.
        command("replay run without value", ["replay", "train-lr", "--run", "learning_rate"], ["parameter 'learning_rate' has no value"])
        command("replay wrong type in run 2", ["replay", "train-lr", "--run", "learning_rate=0.1", "--run", "learning_rate=x", "--no-record"], ["run 2:", "expects a float"])
        command("sweep too large", ["sweep", "three-steps", "--param", "learning_rate=" + (1...40).map { "0.\($0)" }.joined(separator: ","), "--param", "epochs=" + (1...40).map(String.init).joined(separator: ",")], ["1600 runs", "limit of 1000"])
        command("unknown stored run", ["runs", "show", "zzzz"], ["no run 'zzzz'", "pipeline runs list"])
        // Question banks.
        let goodQuestion = #"{"id": "a", "type": "single", "stem": "s", "options": [{"key": "A", "text": "a", "rationale": "r"}, {"key": "B", "text": "b", "rationale": "r"}, {"key": "C", "text": "c", "rationale": "r"}], "answer": "A"}"#
        cases.append(Case(name: "bank answer that is no option", files: ["b.json": #"{"id": "b", "title": "B", "questions": [\#(goodQuestion.replacingOccurrences(of: #""answer": "A""#, with: #""answer": "E""#))]}"#],
                          arguments: ["quiz", "lint", "b.json"], status: 1, words: ["b.json:1:", "answer 'E', which is not one of its options"]))
        cases.append(Case(name: "bank with duplicate question ids", files: ["b.json": #"{"id": "b", "title": "B", "questions": [\#(goodQuestion), \#(goodQuestion)]}"#],
                          arguments: ["quiz", "lint", "b.json"], status: 1, words: ["b.json:1:", "question id 'a' is used twice"]))
        cases.append(Case(name: "bank that is not JSON", files: ["b.json": "id: b\ntitle: B\n"], arguments: ["quiz", "lint", "b.json"], status: 1, words: ["b.json:1:1"]))
        cases.append(Case(name: "bank with a trailing comma", files: ["b.json": "{\"id\": \"b\",\n}"], arguments: ["quiz", "lint", "b.json"], status: 1, words: ["b.json:1:11", "comma"]))
        cases.append(Case(name: "quiz from a broken bank", files: ["b.json": "{"], arguments: ["quiz", "--bank", "b.json", "--answers", "A"], words: ["b.json:1:"]))
        // Round two of hardening (#13): limits that count what a value costs, numbers that
        // would silently change, and what cannot be evaluated.
        let stringParameter = "pipeline:\n  parameters:\n    - {name: s, type: string}\n  steps:\n    - a: {run: mine.sh, simulated: false, args: \"${{ parameters.s }}\"}\n"
        pipeline("a key of one letter and 100 combining marks", "pipeline:\n  k" + String(repeating: "\u{301}", count: 100) + ": 1\n",
                 ["p.yaml:2:3", "100 combining marks", "limit of 32"])
        pipeline("a value of stacked combining marks", stringParameter, ["'s'", "10001 Unicode scalars", "limit of 10000"],
                 extra: ["--param", "s=k" + String(repeating: "\u{301}", count: 10_000)])
        pipeline("a list default over the value limit",
                 "pipeline:\n  parameters:\n    - name: l\n      type: list\n      default: [" + (0..<3_000).map { "item\($0)" }.joined(separator: ", ") + "]\n  steps:\n    - a: {run: x}\n",
                 ["p.yaml:5:", "over the limit of 10000"])
        pipeline("a number of 5 000 digits", head, ["'lr'", "over the limit of 100"], extra: ["--param", "lr=0." + String(repeating: "1", count: 5_000)])
        pipeline("a number that rounds to 0", head, ["'lr'", "too small to tell from 0"], extra: ["--param", "lr=1e-400"])
        pipeline("a default that rounds to 0", head.replacingOccurrences(of: "default: 0.1", with: "default: 1e-400"), ["p.yaml:5:", "too small to tell from 0"])
        pipeline("a default that rounds to infinity", head.replacingOccurrences(of: "default: 0.1", with: "default: 1e400"), ["p.yaml:5:", "too large to be a finite number"])
        pipeline("an unset variable in args with no default", head.replacingOccurrences(of: "--lr ${{ parameters.lr }}", with: "--lr ${{ env.PIPELINE_CORPUS_UNSET_VARIABLE }}"),
                 ["step 'fit' passes ${{ env.PIPELINE_CORPUS_UNSET_VARIABLE }}", "is not set"])
        pipeline("a secret deciding a condition",
                 "pipeline:\n  parameters:\n    - {name: tok, type: string, secret: true, default: x}\n  steps:\n    - a:\n        run: x\n        when: ${{ parameters.tok }}\n",
                 ["p.yaml:7:", "a secret cannot decide a condition"])
        pipeline("a step name of 200 letters", "pipeline:\n  steps:\n    - " + String(repeating: "s", count: 200) + ": {run: train.py}\n",
                 ["p.yaml:3:7", "not a valid step name", "(200 characters)", "at most 100 bytes"])
        command("an empty runs folder", ["run", "train-lr", "--param", "learning_rate=0.1", "--runs-dir", ""], ["--runs-dir"])
        cases.append(Case(name: "quiz from a bank that fails lint", files: ["b.json": #"{"id": "b", "title": "B", "questions": [\#(goodQuestion.replacingOccurrences(of: #""answer": "A""#, with: #""answer": "E""#))]}"#],
                          arguments: ["quiz", "--bank", "b.json", "--answers", "A"], words: ["b.json:1:", "not one of its options", "none of its questions is asked"]))
        command("bench unknown workload", ["bench", "stepz"], ["did you mean 'bench steps'?"])
        command("bench too few sizes", ["bench", "steps", "--sizes", "10,20"], ["three or more"])
        command("lesson unknown", ["lesson", "show", "deepdive"], ["did you mean 'deep-dive'?"])
        return cases
    }()

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.cases.count >= 60)
    }

    @Test(arguments: cases)
    func refusesClearly(_ testCase: Case) throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in testCase.files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        if testCase.name == "invalid UTF-8" {
            try Data([0x70, 0x69, 0x70, 0x65, 0x6C, 0x69, 0x6E, 0x65, 0x3A, 0x0A, 0x20, 0x20, 0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xC3, 0x28, 0x0A])
                .write(to: directory.appendingPathComponent("bad-utf8.yaml"))
        }
        // A generous bound against a hang (the machine may be busy); how long it took is reported.
        let outcome = try CLIHarness.exec(testCase.arguments, directory: directory, timeout: 60)
        #expect(!outcome.timedOut, "still running after 60 s")
        Self.slowest.note(testCase.name, outcome.seconds)
        #expect(outcome.status == testCase.status, "exit \(outcome.status): \(outcome.err)")
        for word in testCase.words { #expect(outcome.err.contains(word), "missing '\(word)' in: \(outcome.err)") }
        #expect(!outcome.err.contains("Fatal error"))
        #expect(!outcome.err.contains("Stack dump"))
    }

    /// The slowest case so far, reported as it changes: a trend to watch, not a test.
    static let slowest = SlowestCase()

    @Test func aFiftyMegabyteFileIsRefusedQuickly() throws {
        let directory = try CLIHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let line = Data("# padding line to make the file very large indeed\n".utf8)
        var data = Data(capacity: 50_000_000)
        while data.count < 50_000_000 { data.append(line) }
        try data.write(to: directory.appendingPathComponent("huge.yaml"))
        let outcome = try CLIHarness.exec(["run", "huge.yaml"], directory: directory, timeout: 60)
        #expect(!outcome.timedOut, "still running after 60 s")
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("huge.yaml"))
        #expect(outcome.err.contains("5000000") || outcome.err.contains("5 MB") || outcome.err.contains("limit"))
    }
}

/// The slowest bad input seen in this test run, printed whenever a slower one finishes.
final class SlowestCase: @unchecked Sendable {
    private var seconds = 0.0
    private let lock = NSLock()

    func note(_ name: String, _ taken: Double) {
        lock.lock()
        defer { lock.unlock() }
        guard taken > seconds else { return }
        seconds = taken
        print("slowest bad input so far: \(name), \(String(format: "%.2f", taken)) s")
    }
}
