/// A step's command line for engines that run it through a shell (GitHub Actions, Azure
/// Pipelines): literal words quoted where the shell would change them, substituted values in
/// double quotes when they are text (a path with a space stays one argument).
enum ShellCommand {
    /// `python train.py --lr ${{ inputs.learning_rate }}`.
    static func line(script: String, words: [ExportPlan.Word], in definition: PipelineDefinition,
                     value: (String) -> String, environment: (String) -> String) -> String {
        (["python", quoteLiteral(script)] + words.map { word(of: $0, in: definition, value: value, environment: environment) })
            .joined(separator: " ")
    }

    private static func word(of pieces: ExportPlan.Word, in definition: PipelineDefinition,
                             value: (String) -> String, environment: (String) -> String) -> String {
        let needsQuotes = pieces.contains { piece in
            switch piece {
            case .parameter(let name):
                let type = definition.parameter(named: name)?.type ?? .string
                return !(type == .int || type == .float || type == .bool)
            case .environment: return true
            case .text: return false
            }
        }
        guard needsQuotes else {
            return pieces.map { piece -> String in
                switch piece {
                case .text(let text): return quoteLiteral(text)
                case .parameter(let name): return value(name)
                case .environment(let name): return environment(name)
                }
            }.joined()
        }
        let inside = pieces.map { piece -> String in
            switch piece {
            case .text(let text): return escapeInDoubleQuotes(text)
            case .parameter(let name): return value(name)
            case .environment(let name): return environment(name)
            }
        }.joined()
        return "\"" + inside + "\""
    }

    /// The text as one shell word: unchanged when it holds nothing the shell reads specially.
    static func quoteLiteral(_ text: String) -> String {
        let safe = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
        return safe ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func escapeInDoubleQuotes(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\"\\$`".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
