/// Keeps CSV cells inert in a spreadsheet (OWASP's rule against CSV injection).
enum CSVCell {
    /// `text` with a `'` in front when it starts with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return, so a spreadsheet shows it instead of running it as a formula (`=1+1`,
    /// `@SUM(…)`, `+cmd|calc`). A plain number such as `-0.5` is left as it is: it is no formula.
    static func neutral(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        if Double(text) != nil { return text }
        return "'" + text
    }
}
