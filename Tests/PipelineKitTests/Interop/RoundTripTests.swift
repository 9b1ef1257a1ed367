import Testing
@testable import PipelineKit

/// Exporting a bundled pipeline to GitHub Actions or Azure Pipelines and reading the file back
/// gives the same parameters, steps, conditions and order. What the engines cannot declare
/// (ranges, a default read from this machine's environment) is listed as lost in translation instead.
@Suite struct RoundTripTests {
    static let targets: [(ExportTarget, EngineFormat)] = [(.githubActions, .githubActions), (.azurePipelines, .azurePipelines)]

    @Test(arguments: PipelineSource.bundledNames)
    func exportingAndReadingBackKeepsParametersStepsConditionsAndOrder(_ name: String) throws {
        let original = try ExportTests.bundled(name)
        for (target, format) in Self.targets {
            let exported = try PipelineExporter.export(original, to: target)
            let loaded = try EngineFileLoader.load(text: exported.text, file: "\(name).\(target.rawValue).yml", format: nil)
            #expect(loaded.format == format, "\(name) → \(target): detected as \(loaded.format)")
            let back = loaded.definition
            // A secret is declared where a step first reads it, so only the set of names is compared.
            #expect(back.parameters.map(\.name).sorted() == original.parameters.map(\.name).sorted(), "\(name) → \(target)")
            for parameter in original.parameters {
                guard let read = back.parameter(named: parameter.name) else { continue }
                let context = "\(name) → \(target): \(parameter.name)"
                #expect(read.type == (parameter.type == .path ? .string : parameter.type) || (parameter.type == .path && read.type == .string), "\(context) type")
                #expect(read.isSecret == parameter.isSecret, "\(context) secret")
                #expect(read.allowedValues == parameter.allowedValues, "\(context) allowed values")
                if let description = parameter.description, !parameter.isSecret { #expect(read.description == description, "\(context) description") }
                switch parameter.defaultValue {
                case .value(let value, _)?:
                    if case .value(let readValue, _)? = read.defaultValue { #expect(readValue == value || readValue.rendered == value.rendered, "\(context) default") }
                    else { Issue.record("\(context): the default \(value.rendered) was lost") }
                case .template(_, let raw)?:
                    if parameter.isSecret {
                        if case .template(_, let readRaw)? = read.defaultValue { #expect(readRaw == raw, "\(context): the secret is read from the same variable") }
                        else { Issue.record("\(context): the secret's source was lost") }
                    } else {
                        #expect(exported.lostInTranslation.contains { $0.hasPrefix("\(parameter.name): its default \(raw)") }, "\(context): listed as lost")
                    }
                case nil:
                    #expect(read.defaultValue == nil, "\(context) no default")
                    #expect(read.isRequired == parameter.isRequired, "\(context) required")
                }
            }
            let order = { (definition: PipelineDefinition) in (try? StepOrder.order(definition.steps).get())?.map { definition.steps[$0].name } ?? [] }
            #expect(order(back) == order(original), "\(name) → \(target): steps and order")
            for step in original.steps {
                guard let read = back.steps.first(where: { $0.name == step.name }) else { continue }
                let context = "\(name) → \(target): \(step.name)"
                #expect(read.run == step.run, "\(context)")
                #expect(Self.argv(read).sorted() == Self.argv(step).sorted(), "\(context) arguments")
                #expect(read.condition.map(Self.normalized)?.description == step.condition?.description, "\(context) condition")
                #expect(Self.dependencies(of: read, in: back) == Self.dependencies(of: step, in: original), "\(context) needs")
            }
        }
    }

    /// The arguments with every value shown as its reference, in pairs so reordering an option is allowed.
    static func argv(_ step: Step) -> [String] {
        let words = step.arguments.renderArguments { "<\($0)>" }
        var pairs: [String] = []
        var index = 0
        while index < words.count {
            if words[index].hasPrefix("--"), index + 1 < words.count, !words[index + 1].hasPrefix("--") {
                pairs.append(words[index] + " " + words[index + 1])
                index += 2
            } else {
                pairs.append(words[index])
                index += 1
            }
        }
        return pairs
    }

    /// The steps a step waits for: its needs, or the step before it.
    static func dependencies(of step: Step, in definition: PipelineDefinition) -> [String] {
        if let needs = step.needs { return needs.sorted() }
        guard let position = definition.steps.firstIndex(where: { $0.name == step.name }), position > 0 else { return [] }
        return [definition.steps[position - 1].name]
    }

    /// `parameters.x == true` as `parameters.x`: Azure writes a bool test as eq(parameters.x, true).
    static func normalized(_ condition: Condition) -> Condition {
        switch condition {
        case .comparison(let left, .equal, .literal(.bool(true))): return normalized(left)
        case .comparison(let left, let comparison, let right): return .comparison(normalized(left), comparison, normalized(right))
        case .and(let left, let right): return .and(normalized(left), normalized(right))
        case .or(let left, let right): return .or(normalized(left), normalized(right))
        case .not(let operand): return .not(normalized(operand))
        default: return condition
        }
    }
}
