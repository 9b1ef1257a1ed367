import PipelineKit

/// Common ways a command line goes wrong before any parsing can help, each with the fix the
/// learner meant: a bare `name=value` after the pipeline (`--param` forgotten), a list the
/// shell split at its spaces (`--param tags=[x, y]` unquoted), spaces around `=`.
enum ArgvSlips {
    /// Where `--course` stands after a command that does not read it (run, replay and sweep
    /// read it as a parameter shorthand), if it does.
    private static func misplacedCourse(in arguments: [String], spec: CommandSpec) -> Int? {
        guard !spec.acceptsParameterShorthand, !spec.declares(GlobalOptions.course) else { return nil }
        let course = "--" + GlobalOptions.course.name
        return arguments.prefix { $0 != "--" }.firstIndex { $0 == course || $0.hasPrefix(course + "=") }
    }

    /// The arguments without a misplaced `--course` and its value, so the rest of the line is
    /// still checked without the same mistake reported twice.
    static func withoutSlips(_ arguments: [String], spec: CommandSpec) -> [String] {
        guard let index = misplacedCourse(in: arguments, spec: spec) else { return arguments }
        let takesValue = !arguments[index].contains("=") && index + 1 < arguments.count
        var rest = arguments
        rest.removeSubrange(index..<(takesValue ? index + 2 : index + 1))
        return rest
    }

    /// The slips found in a command's arguments (everything after the command's name), all of
    /// them; empty when the line shows none. Only commands that take `--param` are checked.
    static func find(in arguments: [String], spec: CommandSpec) -> [UsageError] {
        if let index = misplacedCourse(in: arguments, spec: spec) {
            let given = arguments[index]
            let folder = given.contains("=") ? String(given.drop { $0 != "=" }.dropFirst()) : index + 1 < arguments.count ? arguments[index + 1] : "DIR"
            return [.slip("'\(given)' is an option of pipeline itself, so it goes before the command",
                          hint: "write pipeline --course \(folder) \(spec.name) …")]
        }
        guard spec.declares(ParameterOptions.param) else { return [] }
        var slips: [UsageError] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" { break }
            if argument == "--param" || argument == "-p", index < arguments.count {
                let (slip, used) = paramSlip(Array(arguments[index...]))
                if let slip { slips.append(slip) }
                index += used
                continue
            }
            if argument.hasPrefix("-") {
                // Skip the value of a built-in option that takes one.
                let name = String(argument.drop { $0 == "-" })
                if !name.contains("="), spec.option(named: name) == nil, argument.hasPrefix("--"), index < arguments.count, !arguments[index].hasPrefix("-") {
                    // A mistyped option (`--paramm x=1`) or a shorthand: its value is no slip of its own.
                    index += 1
                    continue
                }
                guard !name.contains("="), spec.option(named: name)?.takesValue == true || argument == "-r", index < arguments.count else { continue }
                let value = arguments[index]
                index += 1
                // `--run learning_rate=0.1 epochs=5` unquoted: the shell made two arguments of one run.
                if name == ReplayCommand.run.name || argument == "-r" {
                    var more: [String] = []
                    while index < arguments.count, !arguments[index].hasPrefix("-"), bareAssignment(arguments[index]) != nil {
                        more.append(arguments[index])
                        index += 1
                    }
                    if !more.isEmpty {
                        slips.append(.slip("the values of one run were split by the shell at their spaces",
                                           hint: "quote a run's values: --run " + quoted(([value] + more).joined(separator: " "))))
                    }
                }
                continue
            }
            if let assignment = bareAssignment(argument), !argument.hasSuffix(".yaml"), !argument.hasSuffix(".yml"), !argument.hasSuffix(".json") {
                let option = "--" + (spec.declares(ReplayCommand.run) ? ReplayCommand.run : ParameterOptions.param).name
                slips.append(.slip("'\(argument)' is not an argument of 'pipeline \(spec.name)'",
                                   hint: "did you mean \(option) \(quoted(assignment))? Each value goes after \(option)"))
            }
        }
        return slips
    }

    /// Looks at what follows `--param`: the slip there, if any, and how many arguments it used.
    private static func paramSlip(_ rest: [String]) -> (UsageError?, Int) {
        let value = rest[0]
        // `--param name = value`, `--param name =value`, `--param name= value`.
        if isName(value), rest.count >= 3, rest[1] == "=" {
            return (spaces(name: value, value: rest[2]), 3)
        }
        if isName(value), rest.count >= 2, rest[1].hasPrefix("="), rest[1].count > 1 {
            return (spaces(name: value, value: String(rest[1].dropFirst())), 2)
        }
        if value.hasSuffix("="), isName(String(value.dropLast())), rest.count >= 2, !rest[1].hasPrefix("-") {
            return (spaces(name: String(value.dropLast()), value: rest[1]), 2)
        }
        // `--param tags=[x, y]`: the shell made `tags=[x,` and `y]` of it.
        guard let equals = value.firstIndex(of: "="), isName(String(value[..<equals])) else { return (nil, 1) }
        var joined = value
        var used = 1
        while depth(of: joined) > 0, used < rest.count, !rest[used].hasPrefix("--") {
            joined += " " + rest[used]
            used += 1
        }
        guard used > 1, depth(of: joined) == 0 else { return (nil, 1) }
        let name = String(value[..<equals])
        return (.slip("the value of '\(name)' was split by the shell at its spaces",
                      hint: "quote a list or map: --param \(quoted(joined))"), used)
    }

    private static func spaces(name: String, value: String) -> UsageError {
        .slip("spaces around '=' made several arguments of '--param \(name)=\(value)': no spaces around '='",
              hint: "write --param \(quoted(name + "=" + value))")
    }

    /// `learning_rate=0.1` → itself, when the part before `=` is a parameter name.
    private static func bareAssignment(_ argument: String) -> String? {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex, isName(String(argument[..<equals])) else { return nil }
        return argument
    }

    private static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    /// Open brackets and braces not yet closed.
    private static func depth(of text: String) -> Int {
        text.reduce(0) { $0 + ($1 == "[" || $1 == "{" ? 1 : $1 == "]" || $1 == "}" ? -1 : 0) }
    }

    /// The argument as a shell needs it: in single quotes when it holds a space or a bracket.
    private static func quoted(_ text: String) -> String {
        text.contains { " []{}$*?".contains($0) } ? "'" + text + "'" : text
    }
}
