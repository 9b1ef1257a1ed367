// MARK: - parameters: and environments:

extension DefinitionLoader {
    private static let parameterKeys = ["name", "type", "default", "description", "required", "min", "max", "values", "secret"]

    mutating func decodeParameters(_ node: YAMLNode?) -> [Parameter] {
        guard let node else { return [] }
        if node.scalar?.isNull == true { return [] }
        guard let items = decoder.list(node, what: "a list of parameters ('- name: learning_rate')") else { return [] }
        if items.count > Self.maximumParameters {
            report(.tooMany(kind: "parameters", count: items.count, limit: Self.maximumParameters), at: node.location)
            return []
        }
        var parameters: [Parameter] = []
        for item in items {
            guard let parameter = decodeParameter(item) else { continue }
            if let first = parameters.first(where: { $0.name == parameter.name }) {
                report(.duplicateName(kind: "parameter", name: parameter.name, first: first.location), at: parameter.location)
                continue
            }
            parameters.append(parameter)
        }
        return parameters
    }

    private mutating func decodeParameter(_ node: YAMLNode) -> Parameter? {
        guard let entries = decoder.mapping(node, what: "a parameter ('- name: learning_rate' with 'type: float')") else { return nil }
        decoder.checkKeys(entries, allowed: Self.parameterKeys, context: "a parameter")
        guard let name = decoder.requiredText("name", in: node, context: "this parameter", example: "- name: learning_rate",
                                              what: "a parameter name") else { return nil }
        let nameLocation = node["name"]?.location ?? node.location
        guard Self.isValidName(name) else {
            report(.invalidName(kind: "parameter", name: name), at: nameLocation)
            return nil
        }
        var type = ParameterType.string
        if let typeNode = node["type"], let text = decoder.text(typeNode, key: "type", what: "a type name") {
            guard let known = ParameterType(rawValue: text) else {
                report(.unknownType(name: name, type: text), at: typeNode.location)
                return nil
            }
            type = known
        }
        let isSecret = decoder.bool(node["secret"], key: "secret") ?? false
        let allowed = decodeAllowedValues(node["values"], name: name, type: type)
        let minimum = decodeBound(node["min"], key: "min", name: name, type: type)
        let maximum = decodeBound(node["max"], key: "max", name: name, type: type)
        if let minimum, let maximum, minimum > maximum, let at = node["min"]?.location {
            report(.invalidBound(name: name, reason: "min \(ParameterValue.format(minimum)) is above max \(ParameterValue.format(maximum))"), at: at)
        }
        let defaultValue = decodeDefault(node["default"], name: name, type: type, secret: isSecret || type == .secret)
        let parameter = Parameter(
            name: name, type: type, defaultValue: defaultValue, description: decoder.text(node["description"], key: "description"),
            isRequired: decoder.bool(node["required"], key: "required"), minimum: minimum, maximum: maximum,
            allowedValues: allowed, isSecret: isSecret, location: nameLocation)
        if case .value(let value, let raw) = defaultValue, let at = node["default"]?.location {
            checkDefault(value, raw: raw, of: parameter, at: at)
        }
        return parameter
    }

    private mutating func decodeDefault(_ node: YAMLNode?, name: String, type: ParameterType, secret: Bool) -> Parameter.Default? {
        guard let node, node.scalar?.isNull != true else { return nil }
        if let scalar = node.scalar, scalar.text.contains("${{") {
            do {
                let template = try Template.parse(scalar.text, at: Self.textStart(of: scalar))
                for case .parameter(let other) in template.references {
                    report(.invalidDefault(name: name, reason: "a default cannot read another parameter (parameters.\(other))",
                                           hint: "use ${{ env.NAME }} to read the environment, or a literal value"), at: node.location)
                }
                return .template(template, raw: scalar.text)
            } catch {
                decoder.report(error.diagnostic)
                return nil
            }
        }
        do {
            let value = try ValueParser.parse(node, as: type)
            return .value(value, raw: node.scalar?.text ?? value.rendered)
        } catch {
            let shown = secret ? ResolvedParameter.redacted : (node.scalar.map { "'\($0.text)'" } ?? node.kindDescription)
            report(.invalidDefault(name: name, reason: "\(shown) is not \(type.article) \(type.rawValue): \(error.reason)", hint: error.hint), at: node.location)
            return nil
        }
    }

    private mutating func checkDefault(_ value: ParameterValue, raw: String, of parameter: Parameter, at location: SourceLocation) {
        let shown = parameter.isSecret ? ResolvedParameter.redacted : raw
        for violation in ParameterRules.check(value, against: parameter) {
            switch violation {
            case .notAllowed:
                report(.defaultNotAllowed(name: parameter.name, shown: shown), at: location)
            case .belowMinimum(let minimum):
                report(.invalidDefault(name: parameter.name, reason: "\(shown) is below the minimum \(ParameterValue.format(minimum))",
                                       hint: "raise the default or lower 'min:'"), at: location)
            case .aboveMaximum(let maximum):
                report(.invalidDefault(name: parameter.name, reason: "\(shown) is above the maximum \(ParameterValue.format(maximum))",
                                       hint: "lower the default or raise 'max:'"), at: location)
            }
        }
    }

    private mutating func decodeBound(_ node: YAMLNode?, key: String, name: String, type: ParameterType) -> Double? {
        guard let node else { return nil }
        guard type.isNumeric else {
            report(.invalidBound(name: name, reason: "'\(key)' applies only to int and float parameters, not \(type.rawValue)"), at: node.location)
            return nil
        }
        guard let text = node.scalar?.text, let value = try? ValueParser.parse(text, as: .float).numeric else {
            decoder.expected("a number for '\(key)'", found: node)
            return nil
        }
        return value
    }

    private mutating func decodeAllowedValues(_ node: YAMLNode?, name: String, type: ParameterType) -> [ParameterValue]? {
        guard let node else { return nil }
        guard let items = node.items, !items.isEmpty else {
            decoder.expected("a non-empty list for 'values:' such as [16, 32, 64]", found: node)
            return nil
        }
        var values: [ParameterValue] = []
        for item in items {
            do {
                values.append(try ValueParser.parse(item, as: type))
            } catch {
                decoder.expected("\(type.article) \(type.rawValue) in 'values:' (\(error.reason))", found: item)
            }
        }
        return values
    }

    // MARK: - environments:

    mutating func decodeEnvironments(_ node: YAMLNode?, parameters: [Parameter]) -> [EnvironmentSet] {
        guard let node, node.scalar?.isNull != true else { return [] }
        guard let entries = decoder.mapping(node, what: "a map of environment sets ('dev:', 'prod:')") else { return [] }
        let declared = DeclaredParameters(parameters)
        var sets: [EnvironmentSet] = []
        for entry in entries {
            guard let values = decoder.mapping(entry.value, what: "a map of parameter values under '\(entry.key.text)'") else { continue }
            var problems: [Diagnostic] = []
            let settings = ParameterSetting.decode(values, against: declared, source: .environmentSet(entry.key.text), problems: &problems)
            decoder.report(problems)
            sets.append(EnvironmentSet(name: entry.key.text, settings: settings, location: entry.key.location))
        }
        return sets
    }
}
