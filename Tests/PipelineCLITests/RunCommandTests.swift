import Foundation
import Testing
@testable import PipelineCLI

@Suite struct RunCommandTests {
    @Test func twoLearningRatesGiveTwoFinalLosses() throws {
        let slow = CLIHarness.run(["run", "train-lr", "--param", "learning_rate=0.01", "--format", "json", "--no-record"])
        let fast = CLIHarness.run(["run", "train-lr", "--param", "learning_rate=0.1", "--format", "json", "--no-record"])
        #expect(slow.status == 0)
        #expect(fast.status == 0)
        let slowJSON = try #require(try JSONSerialization.jsonObject(with: Data(slow.out.utf8)) as? [String: Any])
        let fastJSON = try #require(try JSONSerialization.jsonObject(with: Data(fast.out.utf8)) as? [String: Any])
        #expect(slowJSON["status"] as? String == "succeeded")
        let parameters = try #require(slowJSON["parameters"] as? [[String: Any]])
        #expect(parameters.first?["name"] as? String == "learning_rate")
        #expect(parameters.first?["value"] as? Double == 0.01)
        #expect(parameters.first?["source"] as? String == "command line")
        let steps = try #require(slowJSON["steps"] as? [[String: Any]])
        #expect(steps.first?["args"] as? [String] == ["--lr", "0.01"])
        let slowLoss = (slowJSON["outputs"] as? [String: String])?["final_loss"]
        let fastLoss = (fastJSON["outputs"] as? [String: String])?["final_loss"]
        #expect(slowLoss != nil && fastLoss != nil && slowLoss != fastLoss)
    }

    @Test func aParameterWithoutValueExits2NamingIt() {
        let outcome = CLIHarness.run(["run", "train-lr", "--param", "learning_rate=0.01", "--param", "epochs"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("parameter 'epochs' has no value"))
        #expect(outcome.err.contains("--param epochs=VALUE"))
        #expect(outcome.out.isEmpty)
    }

    @Test func aColonInsteadOfEqualsShowsTheFix() {
        let outcome = CLIHarness.run(["run", "train-lr", "--param", "learning_rate:0.01"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("write --param learning_rate=0.01"))
    }

    @Test func aMisspelledShorthandSuggestsTheParameter() {
        let outcome = CLIHarness.run(["run", "three-steps", "--learning_rat", "0.1"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("unknown parameter 'learning_rat'"))
        #expect(outcome.err.contains("did you mean 'learning_rate'?"))
    }

    @Test func aMisspelledOptionSuggestsTheOption() {
        let outcome = CLIHarness.run(["run", "three-steps", "--dryrun"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("did you mean '--dry-run'?"))
    }

    @Test func everyMistypedOptionIsReportedAtOnce() {
        let run = CLIHarness.run(["run", "train-lr", "--paramm", "learning_rate=0.1", "--formt", "json"])
        #expect(run.status == 2)
        #expect(run.err.contains("did you mean '--param'?"))
        #expect(run.err.contains("did you mean '--format'?"))
        let quiz = CLIHarness.run(["quiz", "--bnak", "x", "--format", "yaml", "--review=1"])
        #expect(quiz.status == 2)
        #expect(quiz.err.contains("did you mean '--bank'?"))
        #expect(quiz.err.contains("'yaml' is not a valid value for --format"))
        #expect(quiz.err.contains("option '--review=1' takes no value"))
    }

    @Test func shorthandSetsADeclaredParameter() {
        let outcome = CLIHarness.run(["run", "three-steps", "--batch_size", "64", "--dry-run"])
        #expect(outcome.status == 0)
        #expect(outcome.out.contains("--batch-size 64"))
    }

    @Test func aMissingRequiredParameterRunsNothing() {
        let outcome = CLIHarness.run(["run", "train-lr"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("required parameter 'learning_rate' (float) has no value"))
        #expect(!outcome.out.contains("train_model"))
    }

    @Test func dryRunShowsSourcesAndOverrides() {
        let outcome = CLIHarness.run(["run", "secrets-env", "--env", "prod", "--param", "learning_rate=0.2", "--param", "api_key=supersecretkey", "--dry-run"],
                                     width: 200, environment: ["DATA_PATH": "data/live.csv"])
        #expect(outcome.status == 0)
        #expect(outcome.out.contains("environment prod"))
        #expect(outcome.out.contains("env var DATA_PATH"))
        #expect(outcome.out.contains("0.01 (environment prod)"))
        #expect(outcome.out.contains("[REDACTED]"))
        #expect(!outcome.out.contains("supersecretkey"))
        #expect(!outcome.out.contains("Run succeeded"))
    }

    @Test func aFailingStepExits1() {
        let outcome = CLIHarness.run(["run", "secrets-env", "--param", "api_key=short", "--param", "data_path=d.csv", "--no-record"])
        #expect(outcome.status == 1)
        #expect(outcome.out.contains("not run"))
    }

    @Test func anUnknownPipelineListsTheBundledOnes() {
        let outcome = CLIHarness.run(["run", "train-lrr"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("did you mean 'train-lr'?"))
    }

    @Test func helpExplainsEveryOption() {
        let outcome = CLIHarness.run(["run", "--help"])
        #expect(outcome.status == 0)
        for option in RunCommand.spec.options { #expect(outcome.out.contains("--\(option.name)")) }
        #expect(outcome.out.contains("EXAMPLES"))
        #expect(CLIHarness.run(["help", "run"]).out == outcome.out)
    }

    @Test func noColourWhenNotATerminal() {
        let outcome = CLIHarness.run(["run", "train-lr", "--param", "learning_rate=0.1", "--no-record"])
        #expect(!outcome.out.contains("\u{1B}["))
    }
}

@Suite struct ParameterSourcesCLITests {
    @Test func paramsFileValuesAreUsedAndOverriddenByTheCommandLine() {
        let outcome = CLIHarness.run(["run", "three-steps", "--params-file", "run.yaml", "--param", "learning_rate=0.5", "--format", "json", "--dry-run"],
                                     files: ["run.yaml": "learning_rate: 0.2\nepochs: 3\n"])
        #expect(outcome.status == 0, "\(outcome.err)")
        #expect(outcome.out.contains(#""source": "file run.yaml""#))
        #expect(outcome.out.contains(#""value": "0.2","#) && outcome.out.contains(#""source": "file run.yaml""#))
    }

    @Test func aBadParamsFilePointsAtTheLine() {
        let outcome = CLIHarness.run(["run", "three-steps", "--params-file", "run.yaml"], files: ["run.yaml": "learning_rate: 0.2\nepoch: 3\n"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("run.yaml:2:1: error: unknown parameter 'epoch' (from file run.yaml)"))
        #expect(outcome.err.contains("did you mean 'epochs'?"))
    }

    @Test func aBadPipelineFileShowsTheLineAndACaret() {
        let outcome = CLIHarness.run(["run", "p.yaml"], files: ["p.yaml": "pipeline:\n  parmeters: []\n  steps:\n    - a: {run: x}\n"])
        #expect(outcome.status == 2)
        #expect(outcome.err.contains("p.yaml:2:3: error: unknown key 'parmeters' in the pipeline\n      parmeters: []\n      ^\n  hint: did you mean 'parameters'?"))
    }

    @Test func aSecretTypedOnTheCommandLineIsWarnedAbout() {
        let typed = CLIHarness.run(["run", "secrets-env", "--param", "api_key=abcdefgh123", "--no-record"], environment: ["DATA_PATH": "d.csv"])
        #expect(typed.status == 0, "\(typed.err)")
        #expect(typed.err.contains("warning: the secret 'api_key' was given on the command line: visible in shell history and the process list"))
        #expect(typed.err.contains("pass it through the environment: read -rs DATA_API_KEY && export DATA_API_KEY"))
        #expect(!typed.err.contains("abcdefgh123") && !typed.out.contains("abcdefgh123"))
        let safe = CLIHarness.run(["run", "secrets-env", "--no-record"], environment: ["DATA_PATH": "d.csv", "DATA_API_KEY": "abcdefgh123"])
        #expect(safe.status == 0, "\(safe.err)")
        #expect(!safe.err.contains("command line"))
        #expect(safe.out.contains("env var DATA_API_KEY"))
        let swept = CLIHarness.run(["sweep", "secrets-env", "--param", "api_key=abcdefgh123", "--param", "learning_rate=0.01,0.1", "--no-record"],
                                   environment: ["DATA_PATH": "d.csv"])
        #expect(swept.err.contains("the secret 'api_key' was given on the command line"))
        let unset = CLIHarness.run(["run", "secrets-env", "--no-record"], environment: ["DATA_PATH": "d.csv"])
        #expect(unset.status == 2)
        #expect(unset.err.contains("hint: set it from your secret store or a hidden prompt: read -rs DATA_API_KEY && export DATA_API_KEY"))
        #expect(!unset.err.contains("--param api_key"))
    }
}
