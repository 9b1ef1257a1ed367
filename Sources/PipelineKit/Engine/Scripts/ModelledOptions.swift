/// The options each simulated script models (the table in docs/pipeline-format.md), so a file
/// from another engine that passes more is run with a warning naming what is not simulated.
enum ModelledOptions {
    static let byScript: [String: Set<String>] = [
        "load_data.py": ["--data", "--rows", "--model"],
        "fetch_data.py": ["--api-key", "--data"],
        "preprocess.py": ["--data", "--model"],
        "train.py": ["--lr", "--epochs", "--batch-size", "--data", "--model", "--seed"],
        "evaluate.py": ["--model", "--threshold"],
        "register.py": ["--model"],
        "deploy.py": ["--model", "--version", "--from"],
        "monitor.py": ["--model"],
    ]

    /// Options in `arguments` that `script` does not model, in the order written.
    static func unmodelled(in arguments: Template, script: String) -> [String] {
        guard let known = byScript[script] else { return [] }
        let words = arguments.renderArguments { _ in "value" }
        var found: [String] = []
        for word in words where word.hasPrefix("--") {
            let option = String(word.split(separator: "=", maxSplits: 1).first ?? Substring(word))
            if !known.contains(option) && !found.contains(option) { found.append(option) }
        }
        return found
    }
}
