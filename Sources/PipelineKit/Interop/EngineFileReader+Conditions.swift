// MARK: - if: (GitHub) and condition: / ${{ if }} (Azure) as native conditions

extension EngineFileReader {
    /// A GitHub `if:` or an Azure `condition:` as a native condition; nil when it always holds.
    mutating func readCondition(_ node: YAMLNode?) -> Condition? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !scalar.isNull else {
            error("expected a condition, found \(node.kindDescription)", at: node.location)
            return nil
        }
        let location = DefinitionLoader.textStart(of: scalar)
        let native: String?
        if format == .githubActions {
            native = githubCondition(scalar.text, at: location)
        } else {
            do {
                native = try AzureExpression.condition(scalar.text)
            } catch {
                unsupported(error.construct, at: location, nearest: error.nearest)
                return nil
            }
        }
        guard let native else { return nil }
        return parseCondition(native, at: location)
    }

    /// An Azure `${{ if … }}` insertion key's condition.
    mutating func insertionCondition(_ key: YAMLScalar) -> Condition? {
        var text = key.text.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("${{"), text.hasSuffix("}}") else { return nil }
        text = text.dropFirst(3).dropLast(2).trimmingCharacters(in: .whitespaces)
        guard let inside = text.dropPrefix("if ") else {
            unsupported("the template expression '\(key.text)'", at: key.location, nearest: "${{ if eq(parameters.NAME, true) }}: guarding whole steps or jobs")
            return nil
        }
        do {
            guard let native = try AzureExpression.condition(inside) else { return nil }
            return parseCondition(native, at: DefinitionLoader.textStart(of: key))
        } catch {
            unsupported(error.construct, at: key.location, nearest: error.nearest)
            return nil
        }
    }

    private mutating func parseCondition(_ native: String, at location: SourceLocation) -> Condition? {
        do {
            let condition = try Condition.parse(native, at: location)
            let declared = parameters.map(\.name)
            for name in condition.referencedParameters where !declared.contains(name) {
                error("the condition reads '\(name)', which is not declared", at: location,
                      hint: NameSuggester.closest(to: name, in: declared).map { "did you mean '\($0)'?" } ?? "declared: " + declared.joined(separator: ", "))
            }
            return condition
        } catch {
            problems.append(error.diagnostic)
            return nil
        }
    }

    /// GitHub's expression language, the supported part, as native condition text.
    private mutating func githubCondition(_ raw: String, at location: SourceLocation) -> String? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("${{"), text.hasSuffix("}}") { text = text.dropFirst(3).dropLast(2).trimmingCharacters(in: .whitespaces) }
        // Status checks decide whether a job runs after others; the simulator runs a step once those it needs are done.
        for status in ["!failure() && !cancelled() && ", "!cancelled() && ", "success() && ", "always() && "] where text.hasPrefix(status) {
            text = String(text.dropFirst(status.count))
        }
        if ["success()", "always()", "!cancelled()", "!failure() && !cancelled()"].contains(text) { return nil }
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        if let name = text.dropPrefix("github.event.inputs."), let input = parameters.first(where: { $0.name == name }), input.type == .bool {
            warn("github.event.inputs.\(name) is the text 'true' or 'false', and any non-empty text counts as true in if:, so GitHub runs this even when \(name) is false (actions/runner #1483); simulated as GitHub does",
                 at: location, hint: "write if: ${{ inputs.\(name) }}, which keeps the boolean")
            return "true"
        }
        let event: String
        switch trigger {
        case .dispatch: event = "'workflow_dispatch'"
        case .push: event = "'push'"
        case .schedule: event = "'schedule'"
        }
        text = text.replacingOccurrences(of: "github.event_name", with: event)
        text = text.replacingOccurrences(of: "github.event.inputs.", with: "parameters.")
        var native = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            let previous = native.last
            let boundary = previous.map { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") } ?? true
            if boundary, rest.hasPrefix("inputs.") {
                native += "parameters."
                rest = rest.dropFirst("inputs.".count)
            } else if boundary, let function = ["contains(", "startsWith(", "endsWith(", "format(", "join(", "toJSON(", "fromJSON(", "hashFiles(", "failure(", "cancelled("].first(where: { rest.hasPrefix($0) }) {
                unsupported("the function \(function.dropLast())() in if:", at: location, nearest: "comparisons (==, !=, <, >) of inputs with && || !")
                return nil
            } else if boundary, let context = ["github.", "steps.", "needs.", "matrix.", "runner.", "job.", "env.", "vars.", "secrets."].first(where: { rest.hasPrefix($0) }) {
                unsupported("the context '\(context.dropLast())' in if:", at: location, nearest: "inputs.NAME (or github.event_name, set by the trigger chosen)")
                return nil
            } else {
                native.append(rest.removeFirst())
            }
        }
        if native.contains("'"), native.contains("''") { native = native.replacingOccurrences(of: "''", with: "\\'") }
        return native
    }
}

/// Azure Pipelines' function-call expressions (`and(succeeded(), eq(parameters.x, true))`) as
/// native condition text; status functions that always hold in a simulated run drop out.
enum AzureExpression {
    /// The native text, or nil when the condition always holds.
    static func condition(_ text: String) throws(EngineFileReader.ReaderProblem) -> String? {
        var scanner = Scanner(text: Substring(text))
        let result = try scanner.expression()
        if result == "__status__" { throw problem("failed() or canceled() alone") }
        scanner.skipSpaces()
        guard scanner.text.isEmpty else { throw problem("'\(scanner.text)' after the condition") }
        return result
    }

    private static func problem(_ construct: String) -> EngineFileReader.ReaderProblem {
        EngineFileReader.ReaderProblem(construct: construct, nearest: "eq/ne/lt/gt/le/ge(parameters.NAME, value) combined with and(), or(), not(), and succeeded()")
    }

    private static let comparisons = ["eq": "==", "ne": "!=", "lt": "<", "gt": ">", "le": "<=", "ge": ">="]

    private struct Scanner {
        var text: Substring

        mutating func skipSpaces() { text = text.drop { $0 == " " || $0 == "\n" } }

        /// An expression: a call, or an operand when `operand` is allowed.
        mutating func expression() throws(EngineFileReader.ReaderProblem) -> String? {
            skipSpaces()
            if text.hasPrefix("${{") {
                guard let close = text.range(of: "}}") else { throw problem("an unclosed ${{") }
                var inner = Scanner(text: text[text.index(text.startIndex, offsetBy: 3)..<close.lowerBound])
                text = text[close.upperBound...]
                return try inner.expression()
            }
            let name = String(text.prefix { $0.isLetter })
            guard !name.isEmpty, text.dropFirst(name.count).first == "(" else { throw problem("'\(text.prefix(30))'") }
            text = text.dropFirst(name.count + 1)
            var arguments: [String?] = []
            skipSpaces()
            while text.first != ")" {
                guard !text.isEmpty else { throw problem("a call to \(name)() without its ')'") }
                arguments.append(try argument())
                skipSpaces()
                if text.first == "," { text = text.dropFirst() }
            }
            text = text.dropFirst()
            if name != "not", arguments.contains(where: { $0 == "__status__" }) { throw problem("\(name)() of failed() or canceled()") }
            switch name {
            case "succeeded", "always", "succeededOrFailed": return nil
            case "and":
                let parts = arguments.compactMap { $0 }
                return parts.isEmpty ? nil : parts.map { "(\($0))" }.joined(separator: " and ")
            case "or":
                if arguments.contains(where: { $0 == nil }) { return nil }
                return arguments.compactMap { $0 }.map { "(\($0))" }.joined(separator: " or ")
            case "not":
                guard arguments.count == 1 else { throw problem("not() with \(arguments.count) arguments") }
                guard let inner = arguments[0] else { throw problem("not() of a status check") }
                if inner == "__status__" { return nil }
                return "not (\(inner))"
            case "failed", "canceled":
                // Inside not(): a simulated run that reaches a step has neither failed nor been cancelled.
                return "__status__"
            default:
                guard let symbol = comparisons[name] else { throw problem("the function \(name)()") }
                guard arguments.count == 2, let left = arguments[0], let right = arguments[1] else { throw problem("\(name)() with \(arguments.count) arguments") }
                return "\(left) \(symbol) \(right)"
            }
        }

        /// An argument: an operand (parameter, literal) or a nested call.
        mutating func argument() throws(EngineFileReader.ReaderProblem) -> String? {
            skipSpaces()
            if text.hasPrefix("'${{") || text.hasPrefix("\"${{") {
                text = text.dropFirst()
                let inside = try operandInBraces()
                if text.first == "'" || text.first == "\"" { text = text.dropFirst() }
                return inside
            }
            if text.hasPrefix("${{") { return try operandInBraces() }
            if text.first == "'" {
                text = text.dropFirst()
                var literal = ""
                while let character = text.first {
                    text = text.dropFirst()
                    if character == "'" {
                        if text.first == "'" { literal.append("'"); text = text.dropFirst(); continue }
                        return "'" + literal.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
                    }
                    literal.append(character)
                }
                throw problem("an unclosed quote")
            }
            let word = String(text.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" || $0 == "[" || $0 == "]" || $0 == "'" })
            if text.dropFirst(word.count).first == "(" { return try expression() }
            text = text.dropFirst(word.count)
            if let name = word.dropPrefix("parameters.") { return "parameters.\(name)" }
            if word == "true" || word == "false" || word == "True" || word == "False" { return word.lowercased() }
            if ValueParser.isDecimal(word) { return word }
            throw problem("'\(word)'" + (word.hasPrefix("variables") ? " (a variable: its value is text known only while the run goes)" : ""))
        }

        private mutating func operandInBraces() throws(EngineFileReader.ReaderProblem) -> String? {
            guard let close = text.range(of: "}}") else { throw problem("an unclosed ${{") }
            var inner = Scanner(text: text[text.index(text.startIndex, offsetBy: 3)..<close.lowerBound])
            text = text[close.upperBound...]
            inner.skipSpaces()
            if inner.text.contains("(") { return try inner.expression() }
            return try inner.argument()
        }
    }
}
