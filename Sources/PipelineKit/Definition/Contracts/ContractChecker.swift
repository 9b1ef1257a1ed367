/// Checks a step's `args:` against its script's contract when the pipeline loads: every option
/// is one the script takes, given once, with a value of the kind it takes (a literal that
/// parses, or a parameter whose type holds such values).
enum ContractChecker {
    /// One argument as written: its text with each placeholder replaced by a marker, and where it starts.
    struct Word {
        var text: String
        var location: SourceLocation
    }

    /// Every contract problem of `step`, whose script is `contract`.
    ///
    /// - Parameters:
    ///   - start: where the `args:` text starts, for locations.
    ///   - parameters: the declared parameters by name (an undeclared one is reported elsewhere).
    /// - Complexity: O(n + a·o) for n characters of arguments, a arguments and o options.
    static func check(_ step: Step, contract: ScriptContract, argumentsAt start: SourceLocation,
                      parameters: [String: Parameter]) -> [ContractError] {
        let references = step.arguments.references
        let words = words(of: step.argumentsText, at: start)
        var problems: [ContractError] = []
        var given: Set<String> = []
        var index = 0
        var positionalTaken = false
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.text.hasPrefix("--"), word.text.count > 2 else {
                if let name = contract.positional, !positionalTaken, !given.contains(name), let option = contract.option(named: name) {
                    positionalTaken = true
                    given.insert(name)
                    problems += checkValue(word, of: option, script: contract.name, references: references, parameters: parameters)
                } else {
                    let unexpected = ContractProblem.unexpectedArgument(script: contract.name, argument: shown(word.text, references),
                                                                        options: contract.options.map(\.name))
                    problems.append(ContractError(unexpected, at: word.location))
                }
                continue
            }
            let equals = word.text.firstIndex(of: "=")
            let name = equals.map { String(word.text[..<$0]) } ?? word.text
            // An option name built from a placeholder cannot be checked before the run.
            guard !name.contains(markerStart) else { continue }
            guard let option = contract.option(named: name) else {
                let unknown = ContractProblem.unknownOption(script: contract.name, option: name, suggestion: contract.suggestion(for: name),
                                                            known: contract.options.map(\.name))
                problems.append(ContractError(unknown, at: word.location))
                // Its value, if any, belongs to it.
                if equals == nil, index < words.count, !words[index].text.hasPrefix("--") { index += 1 }
                continue
            }
            if !given.insert(name).inserted {
                problems.append(ContractError(.repeatedOption(script: contract.name, option: name), at: word.location))
            }
            let value: Word
            if let equals {
                value = Word(text: String(word.text[word.text.index(after: equals)...]), location: word.location)
            } else if index < words.count, !words[index].text.hasPrefix("--") {
                value = words[index]
                index += 1
            } else {
                problems.append(ContractError(.missingValue(script: contract.name, option: option), at: word.location))
                continue
            }
            problems += checkValue(value, of: option, script: contract.name, references: references, parameters: parameters)
        }
        return problems
    }

    /// The problems of one option's value: a literal it does not take, or a parameter of a type it does not hold.
    private static func checkValue(_ value: Word, of option: ScriptOption, script: String, references: [TemplateReference],
                                   parameters: [String: Parameter]) -> [ContractError] {
        guard value.text.contains(markerStart) else {
            guard let reason = option.kind.problem(withLiteral: value.text) else { return [] }
            var suggestion: String?
            if case .choice(let words) = option.kind { suggestion = NameSuggester.closest(to: value.text, in: words) }
            return [ContractError(.invalidValue(script: script, option: option, value: value.text, reason: reason, suggestion: suggestion), at: value.location)]
        }
        guard let reference = placeholderAlone(value.text, references) else {
            switch option.kind {
            case .path, .name, .text: return []
            default: return [ContractError(.textAroundPlaceholder(script: script, option: option), at: value.location)]
            }
        }
        // An environment variable's text is known only when the run starts; the script checks it then.
        guard case .parameter(let name) = reference, let parameter = parameters[name],
              let reason = option.kind.problem(with: parameter) else { return [] }
        return [ContractError(.parameterType(parameter: name, reason: reason, script: script, option: option), at: value.location)]
    }

    // MARK: - Words with their locations

    private static let markerStart: Character = "\u{E000}"
    private static let markerEnd: Character = "\u{E001}"

    /// The arguments of `text` split as the engine splits them, each placeholder replaced by a
    /// marker holding its index, each argument with the location of its first character.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func words(of text: String, at start: SourceLocation) -> [Word] {
        let characters = Array(text)
        var splitter = ArgumentSplitter()
        var locations: [SourceLocation] = []
        var line = start.line
        var column = start.column
        var placeholder = 0
        var index = 0
        func advance(_ character: Character) {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        while index < characters.count {
            let here = SourceLocation(file: start.file, line: line, column: column)
            let wasInside = splitter.isInsideArgument
            if characters[index] == "$", index + 2 < characters.count, characters[index + 1] == "{", characters[index + 2] == "{",
               let close = Template.closingBraces(in: characters, from: index + 3) {
                splitter.feed(value: "\(markerStart)\(placeholder)\(markerEnd)")
                placeholder += 1
                for character in characters[index..<(close + 2)] { advance(character) }
                index = close + 2
            } else {
                splitter.feed(character: characters[index])
                advance(characters[index])
                index += 1
            }
            if !wasInside && splitter.isInsideArgument { locations.append(here) }
        }
        let arguments = splitter.finish()
        return arguments.enumerated().map { offset, argument in
            Word(text: argument, location: offset < locations.count ? locations[offset] : start)
        }
    }

    /// The reference when `text` is one placeholder and nothing else.
    private static func placeholderAlone(_ text: String, _ references: [TemplateReference]) -> TemplateReference? {
        guard text.first == markerStart, text.last == markerEnd, text.filter({ $0 == markerStart }).count == 1,
              let number = Int(text.dropFirst().dropLast()), number < references.count else { return nil }
        return references[number]
    }

    /// The text with each marker written back as its placeholder, for messages.
    private static func shown(_ text: String, _ references: [TemplateReference]) -> String {
        var result = ""
        var number = ""
        var inMarker = false
        for character in text {
            if character == markerStart { inMarker = true; number = ""; continue }
            if character == markerEnd {
                inMarker = false
                result += Int(number).flatMap { $0 < references.count ? "${{ \(references[$0]) }}" : nil } ?? ""
                continue
            }
            if inMarker { number.append(character) } else { result.append(character) }
        }
        return result
    }
}
