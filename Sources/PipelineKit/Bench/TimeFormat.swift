import Foundation

/// Durations and ratios as people read them: `812 ns`, `1.23 µs`, `45.6 ms`, `2.10 s`, `×2.01`.
public enum TimeFormat {
    /// Seconds in the largest unit that keeps the number at 1 or more, to 3 significant digits.
    public static func human(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "—" }
        if seconds == 0 { return "0 s" }
        let units: [(String, Double)] = [("ns", 1e-9), ("µs", 1e-6), ("ms", 1e-3), ("s", 1)]
        var index = units.lastIndex { abs(seconds) >= $0.1 } ?? 0
        var text = significant(seconds / units[index].1)
        if text.hasPrefix("1000"), index < units.count - 1 {
            index += 1
            text = significant(seconds / units[index].1)
        }
        return "\(text) \(units[index].0)"
    }

    /// Like `human`, without trailing zeros, for axis ticks: `2 ms`, `1.5 µs`, `300 ns`.
    static func tick(_ seconds: Double) -> String {
        let text = human(seconds)
        guard let space = text.firstIndex(of: " "), text[..<space].contains(".") else { return text }
        var number = text[..<space]
        while number.hasSuffix("0") { number.removeLast() }
        if number.hasSuffix(".") { number.removeLast() }
        return String(number + text[space...])
    }

    /// `×2.01`: a ratio with two decimals.
    public static func ratio(_ value: Double) -> String {
        value.isFinite ? "×" + String(format: "%.2f", value) : "—"
    }

    /// A number to 3 significant digits without an exponent (for values from about 0.01 to 9999).
    static func significant(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 99.95 { return String(format: "%.0f", value) }
        if magnitude >= 9.995 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}
