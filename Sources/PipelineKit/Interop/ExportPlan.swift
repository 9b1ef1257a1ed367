/// The engine-independent reading of a definition for export: each step as a job with its
/// dependencies, its argv words and its secrets, and the parameters a first step must check.
struct ExportPlan {
    /// A piece of an argument: literal text or a value the engine substitutes.
    enum Piece: Equatable {
        case text(String)
        case parameter(String)
        case environment(String)
    }

    /// One argument of a step's command, as pieces.
    typealias Word = [Piece]

    /// A secret a step reads: the parameter, the environment variable the step gets it in, the
    /// name it has in the engine's secret store, and the option it replaces on the command line.
    struct Secret: Equatable {
        var parameter: String
        var variable: String
        var store: String
        var option: String?
    }

    /// One pipeline step, as the engines see it.
    struct Job {
        var step: Step
        /// `needs:` as written; a step that needs a skipped step is skipped too.
        var explicitNeeds: [String]
        /// The step before it, when it has no `needs:` and simply follows: it runs even if that one was skipped.
        var follows: String?
        /// The step may be skipped: its own condition, or a need that may be skipped.
        var maySkip: Bool
        /// The command's arguments after the script, secrets removed.
        var words: [Word]
        /// Secret parameters the step reads, with the environment variable that carries each.
        var secrets: [Secret]

        /// Every step this one waits for.
        var dependencies: [String] { explicitNeeds + (follows.map { [$0] } ?? []) }
    }

    /// Name of the first job, which checks the values the engine cannot check itself.
    static let checkJobName = "check_parameters"

    var definition: PipelineDefinition
    var jobs: [Job]
    /// Parameters the check step looks at (ranges, and types the engine does not keep).
    var checked: [Parameter]
    /// Swept parameter names (their values come from the grid, not from inputs).
    var swept: [String]
    var lost: [String] = []

    init(_ definition: PipelineDefinition, target: ExportTarget, swept: [String]) {
        self.definition = definition
        self.swept = swept
        var jobs: [Job] = []
        var maySkip: [String: Bool] = [:]
        let order = (try? StepOrder.order(definition.steps).get()) ?? Array(definition.steps.indices)
        for position in order {
            let step = definition.steps[position]
            let explicit = step.needs ?? []
            let follows = step.needs == nil && position > 0 ? definition.steps[position - 1].name : nil
            let skips = step.condition != nil || explicit.contains { maySkip[$0] ?? false }
            maySkip[step.name] = skips
            let (words, secrets) = Self.words(of: step, in: definition)
            jobs.append(Job(step: step, explicitNeeds: explicit, follows: follows, maySkip: skips, words: words, secrets: secrets))
        }
        self.jobs = jobs
        checked = definition.parameters.filter { parameter in
            guard !parameter.isSecret else { return false }
            if parameter.minimum != nil || parameter.maximum != nil { return true }
            switch target {
            case .argo: return parameter.type == .int || parameter.type == .float || parameter.type == .bool
            case .githubActions: return parameter.type == .int
            case .azurePipelines: return parameter.type == .int
            }
        }
        noteLosses(target: target)
    }

    /// The parameters offered as inputs: every parameter but secrets and swept ones.
    var inputs: [Parameter] {
        definition.parameters.filter { !$0.isSecret && !swept.contains($0.name) }
    }

    var secretParameters: [Parameter] { definition.parameters.filter(\.isSecret) }

    /// Whether `name` is a job the plan makes (the check job or a step).
    func job(named name: String) -> Job? { jobs.first { $0.step.name == name } }

    /// The environment variable that carries a secret: `api_key` → `API_KEY`.
    static func variable(for name: String) -> String {
        String(name.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// The secret's name in the engine's store: the variable its default reads
    /// (`${{ env.DATA_API_KEY }}` → `DATA_API_KEY`), else its name in capitals.
    static func storeName(_ parameter: Parameter) -> String {
        if case .template(let template, _)? = parameter.defaultValue, template.references.count == 1,
           case .environment(let name)? = template.references.first {
            return name
        }
        return variable(for: parameter.name)
    }

    // MARK: - Arguments

    /// The step's arguments as words; a secret and the option before it are removed, the
    /// secret going through the environment instead of the command line.
    private static func words(of step: Step, in definition: PipelineDefinition) -> ([Word], [Secret]) {
        var references: [TemplateReference] = []
        let rendered = step.arguments.renderArguments { reference in
            references.append(reference)
            return "\u{1}\(references.count - 1)\u{1}"
        }
        var words: [Word] = []
        var secrets: [Secret] = []
        for argument in rendered {
            var word: Word = []
            var secret: String?
            for (index, part) in argument.split(separator: "\u{1}", omittingEmptySubsequences: false).enumerated() {
                if index % 2 == 0 {
                    if !part.isEmpty { word.append(.text(String(part))) }
                    continue
                }
                switch Int(part).map({ references[$0] }) {
                case .parameter(let name)?:
                    if definition.parameter(named: name)?.isSecret == true { secret = name } else { word.append(.parameter(name)) }
                case .environment(let name)?:
                    word.append(.environment(name))
                case nil:
                    break
                }
            }
            if let secret {
                var option: String?
                if case .text(let previous)? = words.last?.first, words.last?.count == 1, previous.hasPrefix("-") {
                    option = previous
                    words.removeLast()
                }
                if !secrets.contains(where: { $0.parameter == secret }) {
                    let store = definition.parameter(named: secret).map(storeName) ?? variable(for: secret)
                    secrets.append(Secret(parameter: secret, variable: variable(for: secret), store: store, option: option))
                }
                continue
            }
            words.append(word)
        }
        return (words, secrets)
    }

    // MARK: - What the engines cannot express

    private mutating func noteLosses(target: ExportTarget) {
        for parameter in definition.parameters {
            if case .template(_, let raw)? = parameter.defaultValue, !parameter.isSecret {
                lost.append("\(parameter.name): its default \(raw) reads this machine's environment; \(target.engineName) defaults are literal values, so the value must be given for every run")
            }
            if parameter.minimum != nil || parameter.maximum != nil, !parameter.isSecret {
                lost.append("\(parameter.name): \(target.engineName) cannot declare a range, so a first check (\(Self.checkJobName)) tests it and fails the run with the simulator's message")
            }
            if !parameter.isSecret, parameter.type == .list || parameter.type == .map {
                lost.append("\(parameter.name): a \(parameter.type.rawValue) is passed as text (\(parameter.type == .list ? "[64, 32]" : "{a: 1}")); the script must parse it")
            }
        }
        for job in jobs {
            for secret in job.secrets {
                let option = secret.option.map { " instead of \($0)" } ?? ""
                lost.append("\(job.step.name): the secret \(secret.parameter) reaches \(job.step.run) as the environment variable \(secret.variable)\(option), never on its command line; the script must read it from there")
            }
            for case .environment(let name) in job.words.flatMap({ $0 }) {
                lost.append("\(job.step.name): ${{ env.\(name) }} reads the environment of the machine the step runs on; set \(name) there")
            }
        }
        if !secretParameters.isEmpty {
            switch target {
            case .githubActions:
                lost.append("secrets: create \(secretParameters.map(Self.storeName).joined(separator: ", ")) under the repository's Settings → Secrets and variables → Actions")
            case .azurePipelines:
                lost.append("secrets: create the variable group '\(AzurePipelinesExporter.secretGroup)' with the secret variables \(secretParameters.map(Self.storeName).joined(separator: ", ")) (Pipelines → Library)")
            case .argo:
                lost.append("secrets: create the Kubernetes Secret '\(ArgoExporter.secretName)' with the keys \(secretParameters.map(Self.storeName).joined(separator: ", ")) (kubectl create secret generic \(ArgoExporter.secretName) --from-literal=\(Self.storeName(secretParameters[0]))=…)")
            }
        }
        lost.append("steps: each runs 'python SCRIPT ARGS' in a container; the scripts (\(Set(jobs.map(\.step.run)).sorted().joined(separator: ", "))) must be in the \(target == .argo ? "image" : "repository"), and outputs pass between steps only through files you keep")
    }
}
