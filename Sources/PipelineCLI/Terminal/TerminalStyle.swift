/// `--color auto|always|never`.
public enum ColorChoice: String, Equatable, Sendable {
    case auto
    case always
    case never
}

/// Whether a stream gets colour: only a terminal, with `TERM` not `dumb` and `NO_COLOR`
/// unset or empty, unless `--color always` or `never` says otherwise.
enum TerminalStyle {
static func colorEnabled(isTerminal: Bool, environment: [String: String], override: ColorChoice) -> Bool {
        switch override {
        case .always: return true
        case .never: return false
        case .auto:
            guard isTerminal, environment["TERM"] != "dumb" else { return false }
            return environment["NO_COLOR"].map(\.isEmpty) ?? true
        }
    }
}
