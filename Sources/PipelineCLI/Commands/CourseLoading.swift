import PipelineKit

/// Reads the course a command was given (`--course DIR` or `PIPELINE_COURSE`) once, before
/// the command runs, and says when part of it is left out.
enum CourseLoading {
    /// Commands that report a course's problems themselves, or must print nothing else.
    static let quiet: Set<String> = ["course", "__complete", "completions", "--version", "-V", "version"]

    /// Loads the course into `terminal`; false (after saying why) when the folder cannot be read.
    static func attach(_ global: GlobalOptions, to terminal: inout Terminal, command: String?) -> Bool {
        guard terminal.course == nil, let (folder, from) = global.courseFolder(environment: terminal.environment) else { return true }
        let renderer = DiagnosticRenderer(colored: terminal.colorsErr(.auto))
        do {
            terminal.course = try Course.load(folder, currentDirectory: terminal.currentDirectory)
        } catch {
            // A completion never prints into the user's prompt: it offers the built-in names only.
            if command == "__complete" { return true }
            var diagnostics = error.diagnostics
            if from == GlobalOptions.courseVariable {
                diagnostics = diagnostics.map { Diagnostic($0.severity, at: $0.location, $0.message + " (from \(from))", hint: $0.hint) }
            }
            terminal.err.write(renderer.render(diagnostics))
            return false
        }
        if let command, quiet.contains(command) { return true }
        let problems = terminal.curriculum.problems().filter { $0.severity == .error }
        if !problems.isEmpty {
            terminal.err.write(renderer.render(Diagnostic(
                .warning, "the course in \(folder) has \(problems.count) problem\(problems.count == 1 ? "" : "s"), so part of it is left out",
                hint: "see them all with: pipeline course lint \(folder)")))
        }
        return true
    }
}
