/// The Python the first job of an export runs: it checks what the engine cannot declare
/// (ranges, whole numbers, and for Argo every type) and fails with the simulator's messages.
enum ParameterCheckScript {
    /// The environment variable that hands a parameter's value to the check: `learning_rate` → `LEARNING_RATE`.
    static func variable(for parameter: Parameter) -> String {
        ExportPlan.variable(for: parameter.name)
    }

    /// The script's source, reading each checked parameter from its environment variable.
    static func source(checking parameters: [Parameter]) -> String {
        var lines = [
            "import os, sys",
            "problems = []",
            "def read(name, variable, kind):",
            "    text = os.environ.get(variable, '')",
            "    try:",
            "        return text, (int(text) if kind == 'int' else float(text)) if kind in ('int', 'float') else text",
            "    except ValueError:",
            "        problems.append(\"parameter '\" + name + \"' expects \" + ('an int' if kind == 'int' else 'a float') + \", but got \" + text)",
            "        return text, None",
        ]
        for parameter in parameters {
            let name = literal(parameter.name)
            let variable = literal(variable(for: parameter))
            switch parameter.type {
            case .int, .float:
                lines.append("text, value = read(\(name), \(variable), '\(parameter.type.rawValue)')")
            case .bool:
                lines.append("text, value = read(\(name), \(variable), 'bool')")
                let message = "parameter '\(parameter.name)' expects a bool, but got "
                lines.append("if value not in ('true', 'false'): problems.append(\(literal(message)) + text)")
                continue
            default:
                continue
            }
            if let minimum = parameter.minimum {
                let (before, after) = message(parameter, shown: "-inf", minimum: minimum, maximum: nil)
                lines.append("if value is not None and value < \(ParameterValue.format(minimum)): problems.append(\(literal(before)) + text + \(literal(after)))")
            }
            if let maximum = parameter.maximum {
                let (before, after) = message(parameter, shown: "inf", minimum: nil, maximum: maximum)
                lines.append("if value is not None and value > \(ParameterValue.format(maximum)): problems.append(\(literal(before)) + text + \(literal(after)))")
            }
        }
        lines += [
            "for problem in problems:",
            "    print('error: ' + problem, file=sys.stderr)",
            "sys.exit(2 if problems else 0)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The simulator's own out-of-range message, split around where the value goes.
    private static func message(_ parameter: Parameter, shown: String, minimum: Double?, maximum: Double?) -> (String, String) {
        let text = ParameterError.outOfRange(name: parameter.name, shown: shown, minimum: minimum, maximum: maximum,
                                             isBelow: minimum != nil, source: .commandLine).message
        let marker = " is \(shown),"
        guard let range = text.range(of: marker) else { return (text, "") }
        return (String(text[..<range.lowerBound]) + " is ", "," + String(text[range.upperBound...]))
    }

    /// A Python string literal.
    private static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
