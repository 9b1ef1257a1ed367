/// A `pipeline` subcommand: described by a spec, built from parsed arguments by a pure
/// throwing initializer, then executed against a terminal.
protocol CLICommand: Sendable {
    static var spec: CommandSpec { get }
    init(parsing arguments: ParsedArguments) throws(UsageError)
    func execute(in terminal: Terminal) -> Int32
}
