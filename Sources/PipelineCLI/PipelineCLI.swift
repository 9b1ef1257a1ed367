import Dispatch
import Foundation
import PipelineKit

/// The command-line front end: argv in, exit status out. All output goes through the
/// terminal it is given.
public enum PipelineCLI {
    public static let version = "0.1.0"

    /// Runs `pipeline` with the real process streams, handling Ctrl-C.
    public static func run(arguments: [String]) -> Int32 {
        let terminal = Terminal.process()
        SignalHandling.install(terminal: terminal)
        let status = run(arguments: arguments, terminal: terminal)
        return checkedOutput(status, terminal: terminal)
    }

    /// Exit 1 with a message when standard output could not be written (a full device, a
    /// closed file): a command whose output was lost has not succeeded.
    static func checkedOutput(_ status: Int32, terminal: Terminal) -> Int32 {
        guard let reason = terminal.out.failure else { return status }
        terminal.err.write(DiagnosticRenderer(colored: terminal.colorsErr(.auto)).render(Diagnostic(
            .error, "the output could not be written: \(reason)",
            hint: "free space on the device, or send the output somewhere else")))
        return status == ExitCode.success ? ExitCode.failure : status
    }

    /// Runs `pipeline` against the given terminal; returns the exit status.
    public static func run(arguments: [String], terminal: Terminal) -> Int32 {
        var arguments = arguments
        var terminal = terminal
        do {
            let global = try GlobalOptions.take(from: &arguments)
            guard CourseLoading.attach(global, to: &terminal, command: arguments.first) else { return ExitCode.badInput }
        } catch {
            report(error, terminal: terminal)
            return ExitCode.badInput
        }
        guard let first = arguments.first else {
            terminal.out.write(Welcome.text(terminal: terminal))
            return ExitCode.success
        }
        switch first {
        case "--help", "-h":
            terminal.out.write(HelpPrinter.overview(width: terminal.width))
            return ExitCode.success
        case "--version", "-V", "version":
            terminal.out.write("pipeline \(version)\n")
            return ExitCode.success
        case "__complete":
            return CompletionCandidates.execute(Array(arguments.dropFirst()), terminal: terminal)
        default:
            break
        }
        guard let type = CommandRegistry.command(named: first) else {
            report(.unknownCommand(first, suggestion: NameSuggester.closest(to: first, in: CommandRegistry.names)), terminal: terminal)
            return ExitCode.badInput
        }
        let rest = Array(arguments.dropFirst())
        let slips = ArgvSlips.find(in: rest, spec: type.spec)
        guard slips.isEmpty else {
            // The slips, with whatever else is wrong with the options, all at once.
            var problems = slips
            do { _ = try ParsedArguments.parse(ArgvSlips.withoutSlips(rest, spec: type.spec), spec: type.spec) } catch { problems.append(error) }
            report(.several(problems), terminal: terminal)
            return ExitCode.badInput
        }
        do {
            let parsed = try ParsedArguments.parse(rest, spec: type.spec)
            if parsed[OptionSpec.help] {
                terminal.out.write(HelpPrinter.help(for: type.spec, width: terminal.width))
                return ExitCode.success
            }
            let command = try type.init(parsing: parsed)
            return command.execute(in: terminal)
        } catch {
            report(error, terminal: terminal)
            return ExitCode.badInput
        }
    }

    static func report(_ error: UsageError, terminal: Terminal) {
        let renderer = DiagnosticRenderer(colored: terminal.colorsErr(.auto))
        terminal.err.write(renderer.render(error.diagnostics))
    }
}
