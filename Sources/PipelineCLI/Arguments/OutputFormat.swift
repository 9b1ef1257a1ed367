/// A format a command writes its result in, chosen with `--format`.
enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case csv
    case json
    case html
}

