import Foundation

/// Finds cues that let a learner answer without knowing: a keyed option much longer than the
/// others, keys piled on one letter, true/false items whose answer follows their wording,
/// absolute words only in wrong options, and hints that are missing or give the answer away.
/// Every finding is a warning: a teacher's bank still works, but lint says what gives it away.
struct QuestionCues {
    /// A keyed option at least this many times as long as every other one is a cue.
    static let lengthRatio = 1.5
    /// …and at least this many characters longer, so that "12" against "7" is not one.
    static let lengthMargin = 10
    /// The largest share of single-choice questions whose keyed option may be the longest.
    static let longestShare = 0.30
    /// The share of four-option questions each letter should key.
    static let keyShare = 0.15...0.35
    /// Four-option questions needed before the key spread is judged.
    static let keySpreadMinimum = 4
    /// The share of true/false answers that may follow their wording before it is a cue.
    static let wordingShare = 0.75

    /// Words that make a statement absolute ("always", "never", …).
    static let absoluteWords: Set<String> = ["always", "never", "only", "every", "all", "none", "must", "cannot", "any", "whatever", "whoever"]
    /// Words that hedge a statement ("can", "usually", …).
    static let hedgeWords: Set<String> = ["can", "may", "might", "some", "usually", "often", "sometimes", "most", "generally", "likely", "could"]

    // MARK: - One question

    /// Cues within one question: a missing hint, a hint quoting the answer, a keyed option far longer than the rest.
    static func check(_ question: Question) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let name = "question '\(question.id)'"
        let hint = (question.hint ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if hint.isEmpty {
            found.append(Diagnostic(.warning, at: question.location, "\(name) has no hint",
                                    hint: "add \"hint\": one sentence that narrows the choice without naming the answer"))
        } else if let right = question.correctOption, question.kind == .single, right.text.count >= 3,
                  hint.range(of: right.text, options: [.caseInsensitive]) != nil {
            found.append(Diagnostic(.warning, at: question.location, "the hint of \(name) quotes its answer ('\(right.text)')",
                                    hint: "make the hint point to where the answer is found, not say it"))
        }
        if question.kind == .single, let right = question.correctOption {
            let others = question.options.filter { $0.key != right.key }.map(\.text.count)
            if let longest = others.max(), Double(right.text.count) >= lengthRatio * Double(longest), right.text.count - longest >= lengthMargin {
                found.append(Diagnostic(.warning, at: question.location,
                                        "the answer of \(name) is \(right.text.count) characters long, at least 1.5× every other option (at most \(longest)): its length gives it away",
                                        hint: "shorten the answer or give the wrong options the same detail"))
            }
        }
        return found
    }

    // MARK: - A whole bank

    /// Cues across a bank: the longest option keyed too often, keys piled on some letters,
    /// true/false answers that follow the wording, absolute words only in wrong options.
    static func check(_ bank: QuizBank) -> [Diagnostic] {
        let at = SourceLocation(file: bank.file, line: 1, column: 1)
        let name = "bank '\(bank.id)'"
        var found: [Diagnostic] = []
        let singles = bank.questions.filter { $0.kind == .single }
        let longest = singles.filter(keyIsLongest)
        if longest.count > 1, Double(longest.count) > longestShare * Double(singles.count) {
            found.append(Diagnostic(.warning, at: at,
                                    "in \(name) the right answer is the longest option in \(longest.count) of \(singles.count) single-choice questions (\(percent(longest.count, of: singles.count))); at most 30% keeps length from being a cue",
                                    hint: "shorten these answers or lengthen their wrong options: " + longest.map(\.id).joined(separator: ", ")))
        }
        found += keySpread(of: bank, at: at)
        let trueFalse = bank.questions.filter { $0.kind == .trueFalse }
        let following = trueFalse.filter(answerFollowsWording)
        if following.count >= 3, Double(following.count) >= wordingShare * Double(trueFalse.count) {
            found.append(Diagnostic(.warning, at: at,
                                    "in \(name) \(following.count) of \(trueFalse.count) true/false answers follow their wording (absolute statements false, hedged ones true)",
                                    hint: "mix in statements that are absolute but true, and hedged but false: " + following.map(\.id).joined(separator: ", ")))
        }
        let cuedByAbsolutes = singles.filter { question in
            question.options.contains { !question.rightKeys.contains($0.key) && isAbsolute($0.text) } && !(question.correctOption.map { isAbsolute($0.text) } ?? false)
        }
        let absoluteKeys = singles.filter { question in question.correctOption.map { isAbsolute($0.text) } ?? false }
        if cuedByAbsolutes.count >= 3, absoluteKeys.isEmpty {
            found.append(Diagnostic(.warning, at: at,
                                    "in \(name) words such as 'always', 'only' or 'never' appear in wrong options only (\(cuedByAbsolutes.count) questions), so they mark what to rule out",
                                    hint: "reword those options, or let some right answers be absolute too: " + cuedByAbsolutes.map(\.id).joined(separator: ", ")))
        }
        return found
    }

    /// Keys of the four-option questions should spread over A–D, each within 15–35 % (rounded to whole questions).
    private static func keySpread(of bank: QuizBank, at: SourceLocation) -> [Diagnostic] {
        let four = bank.questions.filter { $0.options.count == 4 && $0.kind == .single }
        guard four.count >= keySpreadMinimum else { return [] }
        let low = Int((keyShare.lowerBound * Double(four.count)).rounded())
        let high = Int((keyShare.upperBound * Double(four.count)).rounded())
        let counts = ["A", "B", "C", "D"].map { letter in (letter, four.filter { $0.rightKeys == [letter] }.count) }
        guard counts.contains(where: { $0.1 < low || $0.1 > high }) else { return [] }
        let spread = counts.map { "\($0.0) \($0.1) (\(percent($0.1, of: four.count)))" }.joined(separator: ", ")
        return [Diagnostic(.warning, at: at,
                           "in bank '\(bank.id)' the keys of the \(four.count) four-option questions are \(spread); each letter should key 15–35% (\(low)–\(high) of them)",
                           hint: "reorder some questions' options so the right answers spread over the letters")]
    }

    // MARK: - Helpers

    /// Whether the keyed option is at least as long as every other, and the options are not all the same length.
    static func keyIsLongest(_ question: Question) -> Bool {
        guard let right = question.correctOption else { return false }
        let lengths = question.options.map(\.text.count)
        guard Set(lengths).count > 1 else { return false }
        return right.text.count >= (lengths.max() ?? 0)
    }

    /// True when an absolute statement is keyed False, or a hedged one True: the wording alone answers it.
    static func answerFollowsWording(_ question: Question) -> Bool {
        guard let right = question.correctOption?.text.lowercased() else { return false }
        let saysTrue = right.hasPrefix("true")
        if isAbsolute(question.stem) { return !saysTrue }
        return saysTrue && !words(question.stem).isDisjoint(with: hedgeWords)
    }

    /// Whether the text contains an absolute word, or says "has to" / "have to" ("at all" is emphasis, not a claim).
    static func isAbsolute(_ text: String) -> Bool {
        let lowered = text.lowercased().replacingOccurrences(of: "at all", with: "")
        return !words(lowered).isDisjoint(with: absoluteWords) || lowered.contains("have to") || lowered.contains("has to")
    }

    private static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init))
    }

    private static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "0%" : "\(Int((100 * Double(part) / Double(whole)).rounded()))%"
    }
}
