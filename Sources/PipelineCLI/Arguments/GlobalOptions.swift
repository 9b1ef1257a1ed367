import PipelineKit

/// Options given before the command (`pipeline --course DIR lesson list`), taken off the
/// arguments before the command itself is parsed.
struct GlobalOptions: Equatable, Sendable {
    /// The environment variable that names a course when `--course` is not given.
    static let courseVariable = "PIPELINE_COURSE"
    /// `--course DIR`, given before the command.
    static let course = OptionSpec("course", .value("DIR"), help: "A teacher's course folder served beside the built-in content (or PIPELINE_COURSE).")

    /// `--course DIR`: a teacher's course folder served beside the built-in content.
    var course: String?

    /// Takes the leading global options off `arguments`.
    static func take(from arguments: inout [String]) throws(UsageError) -> GlobalOptions {
        var options = GlobalOptions()
        let flag = "--" + course.name
        while let first = arguments.first, first == flag || first.hasPrefix(flag + "=") {
            arguments.removeFirst()
            var value: String?
            if first == flag {
                if let next = arguments.first, !next.hasPrefix("-") { value = arguments.removeFirst() }
            } else {
                value = String(first.dropFirst(flag.count + 1))
            }
            guard let value, !value.isEmpty else { throw .missingOptionValue(flag, placeholder: "DIR") }
            options.course = value
        }
        return options
    }

    /// The course folder to read: `--course`, else `$PIPELINE_COURSE` when set and not empty,
    /// with where it came from for messages.
    func courseFolder(environment: [String: String]) -> (folder: String, from: String)? {
        if let course { return (course, "--course") }
        if let folder = environment[Self.courseVariable], !folder.isEmpty { return (folder, Self.courseVariable) }
        return nil
    }
}
