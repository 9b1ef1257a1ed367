import Foundation

/// Lint of a question's options and answer, by type: keys that are capital letters written in
/// order from A, an answer among them (a lower-case `"b"` is told to use `"B"`), enough options,
/// and for typed answers (`numeric`, `short`) no options and an answer that can be matched.
enum QuestionKeyLint {
    static func check(_ question: Question) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let at = question.location
        let name = "question '\(question.id)'"
        let keys = question.options.map(\.key)
        guard question.kind.hasOptions else {
            if !question.options.isEmpty {
                problems.append(Diagnostic(.error, at: at, "\(name) is \(question.kind.rawValue), which is answered by typing, but it has options",
                                           hint: "remove \"options\", or make it a single or multiple question"))
            }
            if case .text(let accepted) = question.key {
                if accepted.contains(where: { Question.normalized($0).isEmpty }) {
                    problems.append(Diagnostic(.error, at: at, "\(name) accepts an empty answer", hint: "write each accepted answer as words"))
                }
                if Set(accepted.map(Question.normalized)).count != accepted.count {
                    problems.append(Diagnostic(.warning, at: at, "\(name) lists an accepted answer twice (case and spacing do not matter)",
                                               hint: "keep one of each; \"Grid Search\" already accepts \"grid search\""))
                }
            }
            return problems
        }
        for option in question.options where !isCapitalLetter(option.key) {
            problems.append(Diagnostic(.error, at: at, "option key '\(option.key)' of \(name) is not one capital letter",
                                       hint: "name the options A, B, C, … in order"))
        }
        if Set(keys).count != keys.count { problems.append(Diagnostic(.error, at: at, "\(name) repeats an option key")) }
        let expected = (0..<keys.count).map { String(UnicodeScalar(UInt8(65 + min($0, 25)))) }
        if keys.allSatisfy(isCapitalLetter), Set(keys).count == keys.count, keys != expected {
            let missing = expected.filter { !keys.contains($0) }
            problems.append(Diagnostic(.warning, at: at, "the option keys of \(name) are \(keys.joined(separator: ", "))"
                                           + (missing.isEmpty ? ", out of order" : ": \(missing.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing"),
                                       hint: "name the options \(expected.joined(separator: ", ")) in order: learners answer by letter or by position"))
        }
        for key in question.rightKeys where !keys.contains(key) {
            var hint = "set \"answer\" to the key of the right option"
            if keys.contains(key.uppercased()) { hint = "keys are capital letters: write \"\(key.uppercased())\"" }
            problems.append(Diagnostic(.error, at: at, "\(name) has answer '\(key)', which is not one of its options (\(keys.joined(separator: ", ")))", hint: hint))
        }
        let minimum = question.kind == .trueFalse ? 2 : 3
        if question.options.count < minimum {
            problems.append(Diagnostic(.error, at: at, "\(name) has \(question.options.count) option\(question.options.count == 1 ? "" : "s"); a \(question.kind.rawValue) question needs at least \(minimum)"))
        }
        if question.kind == .trueFalse, question.options.count > 2 {
            problems.append(Diagnostic(.error, at: at, "\(name) is true_false but has \(question.options.count) options", hint: "keep exactly A True and B False"))
        }
        if question.kind == .multiple {
            let right = question.rightKeys
            if Set(right).count != right.count { problems.append(Diagnostic(.error, at: at, "\(name) names a right key twice")) }
            if !right.isEmpty, Set(right).count == question.options.count {
                problems.append(Diagnostic(.warning, at: at, "every option of \(name) is right, so choosing all of them always scores",
                                           hint: "add a wrong option drawn from a real mistake"))
            }
        }
        return problems
    }

    private static func isCapitalLetter(_ key: String) -> Bool {
        key.count == 1 && key.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}
