/// One step of a pipeline: the script it runs, the arguments it receives and when it runs.
public struct Step: Equatable, Sendable {
    var name: String
    /// The script, as written after `run:` (`train.py`).
    var run: String
    /// The `args:` text with its `${{ … }}` placeholders.
    var arguments: Template
    /// The `args:` text as written.
    var argumentsText: String
    /// `when:`; the step is skipped when it evaluates to false.
    var condition: Condition?
    /// Names of steps that must finish first; `nil` (no `needs:`) means after the previous step,
    /// `[]` means it depends on nothing.
    var needs: [String]?
    var description: String?
    var location: SourceLocation

    init(
        name: String, run: String, arguments: Template, argumentsText: String, condition: Condition? = nil,
        needs: [String]? = nil, description: String? = nil, location: SourceLocation
    ) {
        self.name = name
        self.run = run
        self.arguments = arguments
        self.argumentsText = argumentsText
        self.condition = condition
        self.needs = needs
        self.description = description
        self.location = location
        parameterNames = Self.parameterNames(arguments, condition)
        modelName = Self.modelName(argumentsText)
    }

    /// The model the step works on, as written after `--model` (`churn`), when it names one.
    public private(set) var modelName: String?

    private static func modelName(_ argumentsText: String) -> String? {
        guard argumentsText.contains("--model") else { return nil }
        let words = Template.splitArguments(argumentsText)
        if let index = words.firstIndex(of: "--model"), index + 1 < words.count { return words[index + 1] }
        return words.first { $0.hasPrefix("--model=") }.map { String($0.dropFirst("--model=".count)) }
    }

    /// Parameters the step reads, in the order its args and condition name them (worked out
    /// once, when the step is made: the engine asks for it at every run).
    private(set) var parameterNames: [String] = []

    private static func parameterNames(_ arguments: Template, _ condition: Condition?) -> [String] {
        var names: [String] = []
        for case .parameter(let name) in arguments.references where !names.contains(name) { names.append(name) }
        for name in condition?.referencedParameters ?? [] where !names.contains(name) { names.append(name) }
        return names
    }
}
