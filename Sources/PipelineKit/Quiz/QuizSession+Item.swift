import Foundation

extension QuizSession {
    /// A question as asked: its options in display order, each shown under a display letter.
    public struct Item: Sendable {
        public var question: Question
        /// The options in display order; `key` is the display letter, `original` the bank's key.
        public var options: [(key: String, original: String, option: Question.Option)]
        /// The right value of a `numeric` question, worked out before the sitting (from the
        /// bank, or from its trace); nil for other kinds or a trace that gave no number.
        public var number: Double?

        /// The display letters of the right options.
        public var correctKeys: [String] { displayed(question.rightKeys) }

        /// Display letters for bank keys, in display order.
        public func displayed(_ bankKeys: [String]) -> [String] {
            options.filter { bankKeys.contains($0.original) }.map(\.key)
        }

        /// The option shown under a display letter.
        public func option(displayed key: String) -> Question.Option? {
            options.first { $0.key == key }?.option
        }

        /// The option with a bank key.
        public func option(bankKey key: String) -> Question.Option? {
            options.first { $0.original == key }?.option
        }

        /// Reads a typed answer; nil when it is not one this question takes. Options are read
        /// as a letter (either case) or a 1-based number; `multiple` takes several, separated
        /// by commas, spaces or `+` (or run together: `AC`); `true_false` also takes T, F,
        /// true and false.
        public func resolve(_ typed: String) -> QuizResponse? {
            let text = typed.trimmingCharacters(in: .whitespaces)
            switch question.kind {
            case .single, .trueFalse:
                if question.kind == .trueFalse, let key = truthKey(text) { return .options([key]) }
                return bankKey(text).map { .options([$0]) }
            case .multiple:
                var parts = text.split { $0 == "," || $0 == "+" || $0 == " " }.map(String.init)
                if parts.count == 1, let only = parts.first, only.count > 1, only.allSatisfy(\.isLetter) { parts = only.map(String.init) }
                let keys = parts.map(bankKey)
                guard !keys.isEmpty, keys.allSatisfy({ $0 != nil }) else { return nil }
                let chosen = Set(keys.compactMap { $0 })
                return .options(question.options.map(\.key).filter(chosen.contains))
            case .numeric:
                guard let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else { return nil }
                return .number(value, typed: text)
            case .short:
                return text.isEmpty ? nil : .text(text)
            }
        }

        /// Whether a response is right.
        public func judge(_ response: QuizResponse) -> Bool {
            switch (question.key, response) {
            case (.option(let key), .options(let chosen)): return chosen == [key]
            case (.options(let keys), .options(let chosen)): return Set(keys) == Set(chosen)
            case (.number(let answer), .number(let given, _)):
                guard let number else { return false }
                return Question.NumericAnswer.accepts(given, value: number, tolerance: answer.tolerance)
            case (.text(let accepted), .text(let given)):
                let typed = Question.normalized(given)
                return accepted.contains { Question.normalized($0) == typed }
            default: return false
            }
        }

        /// The bank key of the option shown under a letter or number.
        private func bankKey(_ text: String) -> String? {
            if let number = Int(text), (1...max(1, options.count)).contains(number), number <= options.count { return options[number - 1].original }
            return options.first { $0.key.caseInsensitiveCompare(text) == .orderedSame }?.original
        }

        /// The bank key of the option saying True (for T, true) or False (for F, false).
        private func truthKey(_ text: String) -> String? {
            let word: String
            switch text.lowercased() {
            case "t", "true": word = "true"
            case "f", "false": word = "false"
            default: return nil
            }
            return options.first { $0.option.text.trimmingCharacters(in: .whitespaces).lowercased() == word }?.original
        }
    }
}

extension QuizSession.Item {
    /// A response written as the learner would type it for this item (display letters for
    /// options), so a stopped sitting can be read back with `resolve`.
    public func typed(_ response: QuizResponse) -> String {
        switch response {
        case .options(let keys): return displayed(keys).joined(separator: ",")
        case .number(_, let typed): return typed
        case .text(let text): return text
        }
    }
}
