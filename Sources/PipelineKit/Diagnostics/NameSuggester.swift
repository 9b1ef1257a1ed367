/// Finds the declared name a user most likely meant (`paramter1` → `param1`).
public enum NameSuggester {
    /// The longest name compared: a longer one is no typo of a declared name.
    static let maximumLength = 100

    /// A hint that leads with the suggestion, when there is one: `did you mean 'x'? ` then
    /// `rest`. The one wording of a suggestion in every hint.
    public static func hint(suggesting suggestion: String?, then rest: String) -> String {
        suggestion.map { "did you mean '\($0)'? " + rest } ?? rest
    }

    /// The hint for a name that is not among `candidates`: the closest one, if any, then `rest`.
    public static func hint(for name: String, in candidates: [String], then rest: String) -> String {
        hint(suggesting: closest(to: name, in: candidates), then: rest)
    }

    /// The closest candidate within a small edit distance, or `nil` when nothing is close.
    ///
    /// - Complexity: O(c · m · k) for c candidates of length m and a distance limit k: a
    ///   candidate whose length differs by more than k is skipped unread, and a comparison
    ///   stops as soon as every path exceeds k.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        guard name.utf8.count <= maximumLength * 4, name.count <= maximumLength else { return nil }
        let lowered = Array(name.lowercased())
        let limit = max(2, lowered.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where abs(candidate.utf8.count - name.utf8.count) <= limit * 4 {
            let other = Array(candidate.lowercased())
            guard abs(other.count - lowered.count) <= limit else { continue }
            let bound = min(limit, (best?.distance ?? Int.max) - 1)
            guard bound >= 0, let distance = editDistance(lowered, other, limit: bound) else { continue }
            best = (candidate, distance)
            if distance == 0 { break }
        }
        if best == nil, name.count >= 3 {
            // A prefix counts too: `learning` → `learning_rate`.
            best = candidates.first { $0.hasPrefix(name) }.map { ($0, 0) }
        }
        return best?.name
    }

    /// The distance when it is at most `limit`, else `nil` (stops once every path exceeds it).
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
