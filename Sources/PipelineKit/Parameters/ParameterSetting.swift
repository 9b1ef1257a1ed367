/// One typed value an `environments:` set or a params file gives a parameter, with where it
/// was written.
struct ParameterSetting: Equatable, Sendable {
    var name: String
    var value: ParameterValue
    /// The text as written (`0.10`), or the rendered value for a list or map.
    var raw: String
    var location: SourceLocation?

    /// Types `name: value` entries against the declared parameters; an unknown name or a
    /// value of the wrong type is a problem, and every problem is collected.
    ///
    /// - Complexity: O(e) for e entries, given declared parameters by name.
    static func decode(_ entries: [YAMLEntry], against declared: DeclaredParameters, source: ParameterSource,
                       problems: inout [Diagnostic]) -> [ParameterSetting] {
        var settings: [ParameterSetting] = []
        for entry in entries {
            guard let parameter = declared[entry.key.text] else {
                problems.append(ParameterError.unknown(entry.key.text, among: declared, source: source)
                    .diagnostic(at: entry.key.location))
                continue
            }
            do {
                let value = try ValueParser.parse(entry.value, as: parameter.type)
                settings.append(ParameterSetting(name: parameter.name, value: value, raw: entry.value.scalar?.text ?? value.rendered,
                                                 location: entry.value.location))
            } catch {
                problems.append(ParameterError.wrongType(parameter, shown: entry.value.scalar?.text ?? entry.value.kindDescription,
                                                         isText: entry.value.scalar != nil, failure: error, source: source)
                    .diagnostic(at: entry.value.location))
            }
        }
        return settings
    }
}
