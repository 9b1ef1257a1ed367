import PipelineKit

/// `pipeline course lint [DIR]` and `pipeline course show [DIR]`: a teacher's course folder.
struct CourseCommand: CLICommand {
    static let spec = CommandSpec(
        name: "course",
        summary: "Check a course folder, or show what it holds.",
        usage: ["course show [DIR]", "course lint [DIR]"],
        discussion: """
        A course is a folder of lessons, question banks, pipelines and exercises (lessons/, quizzes/, pipelines/, exercises/, \
        or the files a course.yaml names). 'pipeline --course DIR COMMAND' (or PIPELINE_COURSE=DIR) serves it beside the \
        built-in content. 'lint' checks the whole folder: the manifest, every lesson, bank and exercise, the references \
        between them, trace answers against the engine, and ids that clash within the course or with the built-in content. \
        Without DIR, the course given with --course or PIPELINE_COURSE. Exit 1 when there is an error.
        """,
        options: [.color],
        subcommands: Word.specs,
        examples: [("course lint docs/examples/course", "check a course folder"), ("--course docs/examples/course lesson list", "its lessons beside the built-in ones")]
    )

    /// The words after `pipeline course`: each takes the course folder, else the one given with --course.
    enum Word: String, Subcommand {
        case show, lint

        var usage: SubcommandUsage {
            switch self {
            case .show: SubcommandUsage("The course's title and what it holds.", arguments: 0...1)
            case .lint: SubcommandUsage("Check every file of the course and the references between them.", arguments: 0...1)
            }
        }
    }

    enum Action: Equatable {
        case show(String?)
        case lint(String?)
    }

    var action: Action
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        guard let given = try arguments.subcommand(Word.self) else { throw .missingArgument("show or lint", command: "course") }
        switch given.word {
        case .show: action = .show(given.arguments.first)
        case .lint: action = .lint(given.arguments.first)
        }
        output = OutputOptions(parsing: arguments)
    }

    func execute(in terminal: Terminal) -> Int32 {
        let renderer = output.errors(terminal)
        let folder: String?
        switch action {
        case .show(let given), .lint(let given): folder = given
        }
        let course: Course
        if let folder {
            do {
                course = try Course.load(folder, currentDirectory: terminal.currentDirectory)
            } catch {
                terminal.err.write(renderer.render(error.diagnostics))
                return ExitCode.badInput
            }
        } else if let given = terminal.course {
            course = given
        } else {
            terminal.err.write(renderer.render(Diagnostic(.error, "no course folder was named",
                                                          hint: "name one: pipeline course lint DIR (or pass --course DIR, or set PIPELINE_COURSE)")))
            return ExitCode.badInput
        }
        switch action {
        case .show: return show(course, terminal: terminal)
        case .lint: return lint(course, terminal: terminal)
        }
    }

    private func lint(_ course: Course, terminal: Terminal) -> Int32 {
        let problems = CourseLinter.lint(course, readSweep: SweepCommandLine.read)
        let errors = problems.count { $0.severity == .error }
        let warnings = problems.count - errors
        if !problems.isEmpty {
            terminal.err.write(DiagnosticRenderer(sources: course.sources, colored: terminal.colorsErr(output.color), consequence: nil).render(problems))
        }
        terminal.out.write("Course \(course.displayTitle) (\(course.name)): \(contents(course)): "
                           + "\(counted(errors, "error")), \(counted(warnings, "warning")).\n")
        return errors > 0 ? ExitCode.failure : ExitCode.success
    }

    private func show(_ course: Course, terminal: Terminal) -> Int32 {
        var out = "Course \(course.displayTitle) (\(course.name))" + (course.manifest == nil ? ", read from its subfolders" : ", as course.yaml lists it") + "\n"
        out += "Lessons:   " + list(course.lessons.lessons.map { "\($0.id) (\($0.file))" }) + "\n"
        out += "Banks:     " + list(course.banks.banks.map { "\($0.id), \(counted($0.questions.count, "question")) (\($0.file))" }) + "\n"
        out += "Pipelines: " + list(course.pipelines.map { "\($0.name) (\($0.file))" }) + "\n"
        out += "Exercises: " + list(course.exercises.exercises.map(\.id)) + "\n"
        out += "Use it:    pipeline --course \(course.name) lesson list   (or PIPELINE_COURSE=\(course.name))\n"
        terminal.out.write(out)
        let problems = Curriculum(course: course).problems().count
        if problems > 0 { terminal.out.write("It has \(counted(problems, "problem")) that leave part of it out; see them with: pipeline course lint \(course.name)\n") }
        return ExitCode.success
    }

    private func contents(_ course: Course) -> String {
        // Counted as written, so a bank with errors still counts its questions.
        let questions = course.bankFiles.reduce(0) { $0 + (QuizBankLoader.load(text: $1.text, file: $1.file).bank?.questions.count ?? 0) }
        return [counted(course.lessonFiles.count, "lesson"), counted(course.bankFiles.count, "bank") + " (\(counted(questions, "question")))",
                counted(course.pipelines.count, "pipeline"), counted(course.exercises.exercises.count, "exercise")].joined(separator: ", ")
    }

    private func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }

    private func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
