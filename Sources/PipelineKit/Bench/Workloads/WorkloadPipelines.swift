/// Pipelines generated in memory for the benchmarks.
public enum WorkloadPipelines {
    static let here = SourceLocation(file: "bench", line: 1, column: 1)

    static func step(_ name: String, _ script: String, _ args: String = "", needs: [String]? = nil) -> Step {
        let template = (try? Template.parse(args, at: here)) ?? Template(segments: [.literal(args)])
        return Step(name: name, run: script, arguments: template, argumentsText: args, needs: needs, location: here)
    }

    static func definition(_ name: String, steps: [Step], parameters: [Parameter] = []) -> PipelineDefinition {
        PipelineDefinition(name: name, parameters: parameters, steps: steps, origin: .generated(name: "bench workload \(name)"), contentHash: "")
    }

    /// n chained steps, each one epoch of training on the first step's dataset.
    static func steps(_ n: Int) -> PipelineDefinition {
        let rate = Parameter(name: "learning_rate", type: .float, defaultValue: .value(.float(0.01), raw: "0.01"), location: here)
        return definition("steps", steps: (0..<n).map {
            step("step\($0 + 1)", "train.py", "--lr ${{ parameters.learning_rate }} --epochs 1")
        }, parameters: [rate])
    }

    /// n models, each preprocess → train → evaluate → register → deploy → monitor, one after
    /// another: the `platform` pipeline's 6 steps per model (lesson 6's 4 plus register and monitor).
    static func models(_ n: Int) -> PipelineDefinition {
        var steps: [Step] = []
        steps.reserveCapacity(6 * n)
        for index in 0..<n {
            let model = "--model m\(index)"
            steps.append(step("preprocess_m\(index)", "preprocess.py", "\(model) --data data/m\(index % 8).csv"))
            steps.append(step("train_m\(index)", "train.py", "\(model) --epochs 1"))
            steps.append(step("evaluate_m\(index)", "evaluate.py", model))
            steps.append(step("register_m\(index)", "register.py", model))
            steps.append(step("deploy_m\(index)", "deploy.py", model))
            steps.append(step("monitor_m\(index)", "monitor.py", model))
        }
        return definition("models", steps: steps)
    }

    /// A fixed 8-step training pipeline (each step 2000 epochs, about 40 ms in all, still far
    /// lighter than real training) that declares n float parameters. Resolving a parameter
    /// costs about 2 µs, so even 1000 of them add only about 5% to the steps' work.
    static func params(_ n: Int) -> PipelineDefinition {
        let parameters = (0..<n).map {
            Parameter(name: "p\($0)", type: .float, defaultValue: .value(.float(0.01), raw: "0.01"), location: here)
        }
        return definition("params", steps: (0..<8).map {
            step("step\($0 + 1)", "train.py", "--lr ${{ parameters.p0 }} --epochs 2000")
        }, parameters: parameters)
    }

    /// n no-op steps.
    static func overhead(_ n: Int) -> PipelineDefinition {
        definition("overhead", steps: (0..<n).map { step("s\($0)", "noop") })
    }

    /// n steps that each read all earlier outputs.
    static func quadratic(_ n: Int) -> PipelineDefinition {
        definition("quadratic", steps: (0..<n).map { step("s\($0)", "aggregate") })
    }

    /// n independent steps, each one epoch of training on its own dataset.
    public static func parallel(_ n: Int) -> PipelineDefinition {
        definition("parallel", steps: (0..<n).map { step("s\($0)", "train.py", "--model m\($0) --epochs 5", needs: []) })
    }
}
