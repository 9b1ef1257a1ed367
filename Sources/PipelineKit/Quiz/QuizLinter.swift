import Foundation

/// Checks question banks: the schema's rules, ids unique across banks, answers among the
/// options, enough distinct options each with a rationale, lessons and pipelines that exist,
/// and trace questions whose answers agree with the engine. Completeness gaps and cues that
/// give an answer away (`QuestionCues`) are warnings.
public struct QuizLinter: Sendable {
    var lessons: Set<String>
    var pipelines: Set<String>
    /// The folder a trace question's relative pipeline path resolves against (the course
    /// folder, or the folder of the bank files).
    var currentDirectory: String
    /// Where pipeline names are found: the built-in pipelines and a course's.
    public var curriculum = Curriculum()
    /// The built-in questions' ids, each with its bank's id: a teacher's question may not take
    /// one (progress is kept by id, so the two would share it).
    public var builtInQuestions: [String: String]

    public init(lessons: Set<String>, pipelines: Set<String>, currentDirectory: String = "/", builtInQuestions: [String: String] = [:]) {
        self.lessons = lessons
        self.pipelines = pipelines
        self.currentDirectory = currentDirectory
        self.builtInQuestions = builtInQuestions
    }

    /// Every problem in the given files (name and text), errors first per file.
    public func lint(_ files: [(file: String, text: String)]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        var bankIDs: [String: String] = [:]
        for (file, text) in files {
            let (loaded, found) = QuizBankLoader.load(text: text, file: file)
            problems += found
            guard let bank = loaded else { continue }
            let top = SourceLocation(file: file, line: 1, column: 1)
            if let other = bankIDs[bank.id] { problems.append(Diagnostic(.error, at: top, "bank id '\(bank.id)' is also used by \(other)")) }
            bankIDs[bank.id] = file
            if let lesson = bank.lesson, !lessons.isEmpty, !lessons.contains(lesson) {
                problems.append(Diagnostic(.error, at: Curriculum.location(ofKey: "lesson", in: text, file: file), "the bank names lesson '\(lesson)', which does not exist",
                                           hint: "lessons: " + lessons.sorted().joined(separator: ", ")))
            }
            problems += QuestionCues.check(bank)
            for question in bank.questions {
                if let first = seen[question.id] {
                    problems.append(Diagnostic(.error, at: question.location, "question id '\(question.id)' is used twice (first at \(first))",
                                               hint: "ids must be unique across all banks: progress is kept by id"))
                }
                seen[question.id] = question.location
                if let builtIn = builtInQuestions[question.id], builtIn != bank.id {
                    problems.append(Diagnostic(.error, at: question.location, "question id '\(question.id)' is already a built-in question (bank '\(builtIn)')",
                                               hint: "give it an id of your own, such as a prefix for your course ('hw3-\(question.id)'): progress is kept by id"))
                }
                problems += check(question)
            }
        }
        return problems
    }

    func check(_ question: Question) -> [Diagnostic] {
        var problems = QuestionKeyLint.check(question)
        let at = question.location
        let name = "question '\(question.id)'"
        let texts = question.options.map { $0.text.lowercased().trimmingCharacters(in: .whitespaces) }
        if question.stem.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(Diagnostic(.error, at: at, "\(name) has an empty stem", hint: "write the question the learner answers in \"stem\""))
        }
        for option in question.options where option.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(Diagnostic(.error, at: at, "option \(option.key) of \(name) has no text", hint: "write what the option says, or remove it"))
        }
        if Set(texts).count != texts.count { problems.append(Diagnostic(.error, at: at, "\(name) has two options with the same text", hint: "make every option say something different")) }
        for option in question.options where (option.rationale ?? "").isEmpty {
            problems.append(Diagnostic(.warning, at: at, "option \(option.key) of \(name) has no rationale", hint: "say why it is right or wrong"))
        }
        if question.solution == nil { problems.append(Diagnostic(.warning, at: at, "\(name) has no solution", hint: "add \"solution\": {\"steps\", \"final_answer\", \"quick_check\"}")) }
        if question.mistakes.isEmpty { problems.append(Diagnostic(.warning, at: at, "\(name) lists no common mistakes")) }
        problems += QuestionCues.check(question)
        if let trace = question.trace {
            problems += checkTrace(trace, of: question)
        } else if case .number(let answer) = question.key, case .traceOutput(let output, _) = answer.source {
            problems.append(Diagnostic(.error, at: at, "\(name) reads '\(output)' from its trace, but has no \"trace\"",
                                       hint: "add \"trace\": {\"pipeline\": …, \"runs\": […]}, or give \"value\" instead"))
        }
        return problems
    }

    private func checkTrace(_ trace: Question.Trace, of question: Question) -> [Diagnostic] {
        let at = question.location
        if !pipelines.contains(trace.pipeline), !trace.pipeline.contains("/"), !trace.pipeline.hasSuffix(".yaml") {
            let kind = curriculum.course == nil ? "built-in" : "built-in or course"
            return [Diagnostic(.error, at: at, "question '\(question.id)' replays pipeline '\(trace.pipeline)', which is no \(kind) pipeline",
                               hint: "\(kind) pipelines: " + pipelines.sorted().joined(separator: ", ") + "; or a file path, relative to "
                                   + (curriculum.course == nil ? "the bank's folder" : "the course folder"))]
        }
        let session: (definition: PipelineDefinition, report: SessionReport)
        do {
            session = try TraceQuestions.session(for: trace, curriculum: curriculum, base: currentDirectory)
        } catch {
            return error.diagnostics.map { Diagnostic(.error, at: at, "the trace of question '\(question.id)' cannot run: \($0.message)", hint: $0.hint) }
        }
        if case .number(let answer) = question.key, answer.value(in: session.report) == nil {
            return [Diagnostic(.error, at: at, "the answer of question '\(question.id)' cannot be read from its trace: \(answer.missing(in: session.report))",
                               hint: "name an output the variable tracker shows as a number after that run")]
        }
        return TraceAnswer.problems(question, trace: trace, report: session.report, definition: session.definition)
    }
}
