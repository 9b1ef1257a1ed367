/// The simulated scripts a step's `run:` can name.
public struct ScriptLibrary: Sendable {
    private var scripts: [String: any SimulatedScript] = [:]

    /// The built-in scripts: data loading, preprocessing, training, evaluation, registration,
    /// deployment, monitoring, secret-authenticated fetching and a no-op.
    public static let standard = ScriptLibrary(scripts: [
        LoadDataScript(), PreprocessScript(), TrainScript(), EvaluateScript(), RegisterScript(),
        DeployScript(), MonitorScript(), FetchDataScript(), NoOpScript(), AggregateScript(),
    ])

    init(scripts: [any SimulatedScript]) {
        for script in scripts {
            for name in script.names { self.scripts[name] = script }
        }
    }

    /// The script for a `run:` value; `nil` means it runs as a generic step.
    func script(named name: String) -> (any SimulatedScript)? {
        scripts[name] ?? scripts[String(name.split(separator: "/").last ?? Substring(name))]
    }

    /// Whether the simulator knows `name` (otherwise it runs as a generic step).
    func knows(_ name: String) -> Bool { script(named: name) != nil }
}
