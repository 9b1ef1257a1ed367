/// What a simulated script accepts and produces: the names that select it in `run:`, its
/// options (name, kind, default, meaning) and its outputs. The loader checks every step's
/// arguments against its script's contract; the scripts read their options and defaults from
/// it; `pipeline help scripts` prints it.
public struct ScriptContract: Equatable, Sendable {
    /// One named output the script writes.
    public struct Output: Equatable, Sendable {
        public var name: String
        public var meaning: String
    }

    /// The name written in the lessons (`train.py`).
    public var name: String
    /// Other names that select it (`train`, `train_model.py`).
    public var otherNames: [String]
    /// What the script does, in one sentence.
    public var summary: String
    public var options: [ScriptOption]
    /// The option a bare argument stands for (`load_data.py data/x.csv` means `--data data/x.csv`).
    public var positional: String?
    public var outputs: [Output]
    /// Whether lessons and runs use it (benchmark-only scripts are listed apart).
    public var isForBenchmarks: Bool

    init(_ name: String, also otherNames: [String], _ summary: String, options: [ScriptOption], positional: String? = nil,
         outputs: [(String, String)], isForBenchmarks: Bool = false) {
        self.name = name
        self.otherNames = otherNames
        self.summary = summary
        self.options = options
        self.positional = positional
        self.outputs = outputs.map { Output(name: $0.0, meaning: $0.1) }
        self.isForBenchmarks = isForBenchmarks
    }

    /// Every name that selects the script.
    var names: [String] { [name] + otherNames }

    func option(named name: String) -> ScriptOption? { options.first { $0.name == name } }

    /// The option a user most likely meant by `written` (`--epoch` → `--epochs`,
    /// `--learning-rate` → `--lr`), or `nil`.
    func suggestion(for written: String) -> String? {
        let normalized = written.lowercased().replacingOccurrences(of: "_", with: "-")
        if let known = options.first(where: { $0.otherSpellings.contains(normalized) }) { return known.name }
        return NameSuggester.closest(to: normalized, in: options.map(\.name))
    }

    // MARK: - Looking scripts up

    /// The contract for a `run:` value (`train.py`, `scripts/train.py`), or `nil` when the
    /// simulator does not model it.
    static func named(_ run: String) -> ScriptContract? {
        if let found = byName[run] { return found }
        guard let last = run.split(separator: "/").last, last.count < run.count else { return nil }
        return byName[String(last)]
    }

    private static let byName: [String: ScriptContract] = {
        var table: [String: ScriptContract] = [:]
        for contract in all { for name in contract.names { table[name] = contract } }
        return table
    }()

    /// The script a user most likely meant by an unknown `run:` value (`trian.py` → `train.py`).
    static func suggestion(for run: String) -> String? {
        let names = all.filter { !$0.isForBenchmarks }.flatMap(\.names)
        return NameSuggester.closest(to: run, in: names)
    }
}
