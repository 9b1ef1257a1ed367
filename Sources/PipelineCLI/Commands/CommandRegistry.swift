/// Every subcommand, in the order `pipeline --help` lists them.
enum CommandRegistry {
    static let all: [any CLICommand.Type] = [
        RunCommand.self,
        InitCommand.self,
        ShowCommand.self,
        ReplayCommand.self,
        RunsCommand.self,
        RerunCommand.self,
        SweepCommand.self,
        ExportCommand.self,
        LessonCommand.self,
        BenchCommand.self,
        QuizCommand.self,
        ExerciseCommand.self,
        CourseCommand.self,
        HelpCommand.self,
        CompletionsCommand.self,
    ]

    static func command(named name: String) -> (any CLICommand.Type)? {
        all.first { $0.spec.name == name }
    }

    static var names: [String] { all.map { $0.spec.name } }
}
