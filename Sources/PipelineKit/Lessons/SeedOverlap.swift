/// Finds sentences that repeat a seed page word for word: eight or more words in a row
/// shared with a seed (lowercased, punctuation dropped) count as a repeat.
struct SeedOverlap: Sendable {
    static let windowLength = 8

    private var windows: Set<String> = []

    init(seedTexts: [String]) {
        for text in seedTexts {
            let words = Self.words(text)
            guard words.count >= Self.windowLength else { continue }
            for start in 0...(words.count - Self.windowLength) {
                windows.insert(words[start..<(start + Self.windowLength)].joined(separator: " "))
            }
        }
    }

    /// The first shared run of eight words in `text`, if any.
    ///
    /// - Complexity: O(w) in the number of words of `text`.
    func repeatedRun(in text: String) -> String? {
        let words = Self.words(text)
        guard words.count >= Self.windowLength else { return nil }
        for start in 0...(words.count - Self.windowLength) {
            let window = words[start..<(start + Self.windowLength)].joined(separator: " ")
            if windows.contains(window) { return window }
        }
        return nil
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
    }
}
