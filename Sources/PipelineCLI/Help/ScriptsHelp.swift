import PipelineKit

/// `pipeline help scripts`: every simulated script's contract (options with kind, default and
/// meaning; outputs), printed from the library's one table.
enum ScriptsHelp {
    static func text(width: Int) -> String {
        var out = "SIMULATED SCRIPTS\n\n"
        out += TextWrapper.wrap("A step's run: names one of these scripts. When a pipeline loads, every step's arguments are "
            + "checked against its script's options: an unknown option, a value of the wrong kind or a parameter of the wrong "
            + "type is an error, and nothing runs. When a run starts a step, the trace shows what the script receives and the "
            + "defaults it falls back to.", width: width, indent: 0) + "\n"
        for contract in ScriptContract.all where !contract.isForBenchmarks {
            out += "\n" + contract.name + (contract.otherNames.isEmpty ? "" : "  (also " + contract.otherNames.joined(separator: ", ") + ")") + "\n"
            out += TextWrapper.wrap(contract.summary, width: width, indent: 2) + "\n"
            var rows = contract.options.map { option in
                ("\(option.name) \(option.placeholder)", "\(option.meaning): \(option.kind.description); \(option.fallbackDescription)")
            }
            if let positional = contract.positional {
                rows.append(("PATH", "a bare argument stands for \(positional)"))
            }
            if rows.isEmpty { rows.append(("(no options)", "")) }
            out += HelpPrinter.aligned(rows, width: width)
            let outputs = contract.outputs.map { "\($0.name) (\($0.meaning))" }.joined(separator: ", ")
            out += TextWrapper.wrap("outputs: " + (outputs.isEmpty ? "none" : outputs), width: width, indent: 2, hanging: 2) + "\n"
        }
        out += "\n" + TextWrapper.wrap("Not simulated: a step whose run: names anything else says 'simulated: false'. Nothing runs; "
            + "the trace shows the arguments it was given. Commands in GitHub Actions and Azure Pipelines files that are not "
            + "these scripts are shown the same way.", width: width, indent: 0) + "\n"
        let bench = ScriptContract.all.filter(\.isForBenchmarks)
        out += "\n" + TextWrapper.wrap("For benchmarks: " + bench.map { "\($0.name) (\($0.summary.prefix { $0 != ":" }.lowercased()))" }.joined(separator: "; ")
            + ".", width: width, indent: 0) + "\n"
        return out
    }
}
