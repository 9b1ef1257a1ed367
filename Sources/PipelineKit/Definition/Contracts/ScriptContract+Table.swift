// MARK: - The table of simulated scripts

extension ScriptContract {
    /// Every simulated script's contract: the one table the loader checks steps against, the
    /// scripts read their defaults from, and `pipeline help scripts` prints.
    public static let all: [ScriptContract] = [loadData, fetchData, preprocess, train, evaluate, register, deploy, monitor, noop, aggregate]

    static let loadData = ScriptContract(
        "load_data.py", also: ["load_data", "ingest.py"],
        "Loads a dataset, generated from its path: the same path always gives the same rows, another path another hidden linear law.",
        options: [.dataFile, .rows, .model], positional: "--data",
        outputs: [("rows", "rows loaded"), ("dataset", "the path loaded")])

    static let fetchData = ScriptContract(
        "fetch_data.py", also: ["fetch_data"],
        "Authenticates with an API key (at least 8 characters; never shown), then loads the dataset.",
        options: [.apiKey, .dataFile, .model],
        outputs: [("rows", "rows fetched"), ("dataset", "the path fetched")])

    static let preprocess = ScriptContract(
        "preprocess.py", also: ["preprocess", "preprocess_data.py"],
        "Standardizes the features (mean 0, sd 1, from the training rows); 80/20 training/validation split.",
        options: [.modelData, .model],
        outputs: [("train_rows", "rows that train"), ("validation_rows", "rows that validate")])

    static let train = ScriptContract(
        "train.py", also: ["train", "train_model.py"],
        "Mini-batch gradient descent on a linear regression; training that diverges fails the step.",
        options: [.learningRate, .epochs, .batchSize, .modelData, .model, .seed],
        outputs: [("final_loss", "training loss after the last epoch"), ("updates", "gradient updates made")])

    static let evaluate = ScriptContract(
        "evaluate.py", also: ["evaluate", "evaluate_model.py"],
        "Measures the model on the validation rows; with a threshold, it passes only at or below it.",
        options: [.model, .threshold],
        outputs: [("validation_loss", "loss on the validation rows"), ("passed", "true when within the threshold")])

    static let register = ScriptContract(
        "register.py", also: ["register", "register_model.py"],
        "Stores the evaluated model as the next version in the model registry, unless it failed evaluation; --alias moves an alias to it.",
        options: [.model, .alias],
        outputs: [("model_version", "the version registered, or the latest when none was")])

    static let deploy = ScriptContract(
        "deploy.py", also: ["deploy", "deploy_model.py"],
        "Serves a registered version; --from artifact ships a packaged copy and never reads the registry.",
        options: [.model, .version, .from],
        outputs: [("served_version", "the version now served")])

    static let monitor = ScriptContract(
        "monitor.py", also: ["monitor", "monitor_model.py"],
        "Scores the served version on fresh data; alerts when the registry holds a newer version.",
        options: [.model],
        outputs: [("live_loss", "loss on live traffic"), ("alert", "stale deployment, when one is found")])

    static let noop = ScriptContract(
        "noop", also: ["noop.py"], "Does nothing: the benchmarks measure the engine's own cost per step with it.",
        options: [], outputs: [], isForBenchmarks: true)

    static let aggregate = ScriptContract(
        "aggregate", also: ["aggregate.py"], "Reads every earlier output of the run: the benchmarks' quadratic example.",
        options: [], outputs: [("total", "a sum over the outputs read")], isForBenchmarks: true)

}

// MARK: - The options

extension ScriptOption {
    /// `--data` of a script that loads a file: `data/train.csv` unless given.
    static let dataFile = data(fallback: .value("data/train.csv"))
    /// `--data` of a script that works on the model's dataset unless given another.
    static let modelData = data(fallback: .described("the dataset loaded for the model, else data/train.csv"))

    private static func data(fallback: Fallback) -> ScriptOption {
        ScriptOption("--data", "PATH", .path, fallback, "the dataset", otherSpellings: ["--data-path", "--dataset", "--input", "--path", "--file"])
    }

    static let model = ScriptOption("--model", "NAME", .name, .described("model, the one model of a single-model pipeline"),
                                    "which model the step works on", otherSpellings: ["--model-name", "--name"])
    static let rows = ScriptOption("--rows", "N", .wholeNumber(atLeast: 10), .value("200"), "rows to generate (at most 100000)",
                                   otherSpellings: ["--n-rows", "--num-rows", "--nrows", "--size"])
    static let apiKey = ScriptOption("--api-key", "KEY", .text, .none("the data source refuses the request"), "the data source's key",
                                     otherSpellings: ["--key", "--token", "--apikey", "--api-token"])
    static let learningRate = ScriptOption("--lr", "RATE", .number(above: 0), .value("0.01"), "step size of gradient descent",
                                           otherSpellings: ["--learning-rate", "--learningrate", "--eta", "--alpha", "--step-size"])
    static let epochs = ScriptOption("--epochs", "N", .wholeNumber(atLeast: 1), .value("10"), "passes over the training rows (at most 100000)",
                                     otherSpellings: ["--n-epochs", "--num-epochs", "--max-epochs", "--iterations", "--iters"])
    static let batchSize = ScriptOption("--batch-size", "B", .wholeNumber(atLeast: 1), .value("32"), "rows per gradient update",
                                        otherSpellings: ["--batch", "--bs", "--batchsize", "--mini-batch"])
    static let seed = ScriptOption("--seed", "S", .wholeNumber(atLeast: 0), .value("7"), "random seed of the shuffling",
                                   otherSpellings: ["--random-seed", "--random-state", "--rng-seed"])
    static let threshold = ScriptOption("--threshold", "LOSS", .number(above: nil), .none("every model passes"),
                                        "the highest validation loss that passes",
                                        otherSpellings: ["--max-loss", "--max-validation-loss", "--min-loss", "--cutoff"])
    static let alias = ScriptOption("--alias", "NAME", .name, .none("no alias moves"),
                                    "an alias moved to the new version, such as champion (deploy.py --version @champion serves it)",
                                    otherSpellings: ["--tag", "--stage"])
    static let version = ScriptOption("--version", "V", .version, .value("latest"), "the registered version to serve",
                                      otherSpellings: ["--model-version"])
    static let from = ScriptOption("--from", "SOURCE", .choice(["registry", "artifact"]), .value("registry"),
                                   "registry: read the model registry; artifact: ship a packaged copy",
                                   otherSpellings: ["--source"])
}
