import Foundation
import PipelineKit

/// The words a completion script asks for while the user types (`pipeline __complete runs`):
/// the names that change with the content and the history, so the scripts never go stale.
enum CompletionCandidates {
    /// What a word on the command line can be.
    enum Kind: String, CaseIterable {
        case pipelines, lessons, banks, questions, runs
    }

    /// `pipeline __complete KIND`: one candidate per line; nothing (and status 0) for an
    /// unknown kind, so a completion never prints an error into the user's prompt.
    static func execute(_ arguments: [String], terminal: Terminal) -> Int32 {
        guard arguments.count == 1, let kind = arguments.first.flatMap(Kind.init(rawValue:)) else { return ExitCode.badInput }
        let words = candidates(kind, terminal: terminal)
        if !words.isEmpty { terminal.out.write(words.joined(separator: "\n") + "\n") }
        return ExitCode.success
    }

    static func candidates(_ kind: Kind, terminal: Terminal) -> [String] {
        switch kind {
        case .pipelines: return terminal.curriculum.pipelineNames
        case .lessons: return terminal.curriculum.lessons.lessons.map(\.id)
        case .banks: return terminal.curriculum.quizzes.banks.map(\.id)
        case .questions: return terminal.curriculum.quizzes.banks.flatMap { $0.questions.map(\.id) }
        case .runs:
            let store = RunStore.resolve(option: nil, environment: terminal.environment, currentDirectory: terminal.currentDirectory)
            return store.list().records.map(\.id)
        }
    }

    /// Positional words after a command and subcommand that name something (`lesson show ID`).
    static let positional: [(command: String, subcommands: [String], kind: Kind)] = [
        ("lesson", ["show", "run", "practice"], .lessons),
        ("runs", ["show", "compare"], .runs),
        ("quiz", ["show"], .questions),
        ("rerun", [], .runs),
    ]

    /// Option values that name something (`--bank ID`).
    static let optionValues: [(option: String, kind: Kind)] = [("bank", .banks), ("run-id", .runs), ("tag", .lessons)]
}
