/// Stepping through an execution table one row at a time: the state machine behind an
/// interactive replay, driven by typed commands so it can be tested with a script.
public struct ReplayNavigator: Equatable, Sendable {
    /// What the learner typed.
    public enum Command: Equatable, Sendable {
        case next
        case back
        case go(Int)
        case tracker
        case quit
        case help
        /// Anything else, kept to say what was not understood.
        case unknown(String)

        /// Reads a typed line: Enter or `n` next, `b` back, `g N` go, `t` tracker, `q` quit, `?` help.
        public init(typed line: String) {
            let words = line.trimmingCharacters(in: .whitespaces).lowercased().split(separator: " ")
            switch words.first.map(String.init) {
            case nil, "n", "next": self = .next
            case "b", "back", "p": self = .back
            case "t", "tracker": self = .tracker
            case "q", "quit", "exit": self = .quit
            case "?", "h", "help": self = .help
            case "g", "go":
                if words.count == 2, let row = Int(words[1]) { self = .go(row) } else { self = .unknown(line) }
            case let word?:
                if let row = Int(word) { self = .go(row) } else { self = .unknown(line) }
            }
        }
    }

    /// What to show after a command.
    public enum Display: Equatable, Sendable {
        case row(Int)
        case tracker(afterRow: Int)
        case help
        case message(String)
        case finished
        case quit
    }

    let rowCount: Int
    /// 1-based row being shown.
    public private(set) var current: Int

    public init(rowCount: Int) {
        self.rowCount = rowCount
        current = 1
    }

    /// Applies one command.
    public mutating func apply(_ command: Command) -> Display {
        switch command {
        case .next:
            if current >= rowCount { return .finished }
            current += 1
            return .row(current)
        case .back:
            guard current > 1 else { return .message("Already at step 1.") }
            current -= 1
            return .row(current)
        case .go(let row):
            guard (1...max(1, rowCount)).contains(row) else { return .message("There is no step \(row): steps go from 1 to \(rowCount).") }
            current = row
            return .row(current)
        case .tracker:
            return .tracker(afterRow: current)
        case .help:
            return .help
        case .quit:
            return .quit
        case .unknown(let text):
            return .message("'\(text)' is not a replay command. Type Enter or n (next), b (back), g N (go to step N), t (tracker), q (quit).")
        }
    }
}
