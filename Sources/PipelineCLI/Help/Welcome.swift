import PipelineKit

/// What `pipeline` with no arguments prints: what the tool is and what to try next.
enum Welcome {
    static func text(terminal: Terminal) -> String {
        """
        pipeline \(PipelineCLI.version) — learn parameterized ML pipeline runs by doing them.

        One pipeline definition, many runs: each run passes its own parameter values
        (pipeline run train-lr --param learning_rate=0.01), and every step receives them.

        Try next:
          pipeline lesson list                                  the learning path
          pipeline run train-lr --param learning_rate=0.01      one parameterized run
          pipeline replay                                       seed 002's two runs, step by step
          pipeline bench --quick                                how run time grows with steps and models
          pipeline quiz                                         practice questions

        Bundled pipelines: \(PipelineSource.allBundledNames.joined(separator: ", "))
        Help: pipeline --help, pipeline help TOPIC, pipeline COMMAND --help

        """
    }
}
