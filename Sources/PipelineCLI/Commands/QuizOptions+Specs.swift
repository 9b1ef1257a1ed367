/// The options of `pipeline quiz`, each declared once: `QuizCommand.spec` lists them, and
/// `QuizOptions` reads them back through these.
extension QuizOptions {
    static let bank = OptionSpec("bank", .value("ID|FILE"), help: "A bundled bank (parameterized-runs, self-service-platform, complexity) or a bank file.", completesFiles: true)
    static let topic = OptionSpec("topic", .value("TOPIC"), help: "Only banks whose topic contains this text.")
    static let tag = OptionSpec("tag", .value("TAG"), help: "Only questions with this tag (a lesson id such as purpose or deep-dive).")
    static let count = OptionSpec("count", .value("N"), help: "Ask at most N questions.")
    static let shuffle = OptionSpec("shuffle", help: "Shuffle the questions and their options (same --seed, same order).")
    static let seed = OptionSpec("seed", .value("S"), help: "Random seed for --shuffle, --generate and --exam (default 1; with --per-student, the course seed).")
    static let review = OptionSpec("review", help: "Ask the questions you missed before first, by review box.")
    static let answers = OptionSpec("answers", .value("A,B,..."), help: "Answer without prompts: one answer per question, in order (a letter or number, A+C for several, a number, words); - skips.")
    static let format = OptionSpec.format([.text, .json, .csv], help: "Output format: text, json or csv (the result of a sitting, quiz results and quiz report).")
    static let student = OptionSpec("student", .value("NAME"), help: "Whose result this is (else $PIPELINE_STUDENT); written in the result.")
    static let result = OptionSpec("result", .value("FILE"), help: "Write the sitting's result to FILE.json or FILE.csv (also on Ctrl-C and when time is up).", completesFiles: true)
    static let exam = OptionSpec("exam", help: "Exam mode: no feedback or hints until the end; the order is fixed by --seed.")
    static let perStudent = OptionSpec("per-student", help: "With --exam: each student's order from --seed and their name.")
    static let time = OptionSpec("time", .value("DURATION"), help: "With --exam: a time limit such as 20m, 90s or 1h30m.")
    static let attempts = OptionSpec("attempts", .value("N"), help: "With --exam and --student: at most N attempts (counted in the progress folder).")
    static let save = OptionSpec("save", .value("FILE"), help: "With --generate: save the questions as a bank FILE.json (lint-clean, asked again with --bank).", completesFiles: true)
    static let generate = OptionSpec("generate", .value("N"), help: "Make N fresh questions from a run session (with --pipeline and --run).")
    static let pipeline = OptionSpec("pipeline", .value("PIPELINE"), help: "With --generate: the pipeline whose session the questions are about.")
    static let run = OptionSpec("run", .value("\"NAME=VALUE ...\""), help: "With --generate: one run of the session. Repeatable.", repeatable: true)
    static let reset = OptionSpec("reset", help: "Clear your saved progress (asks first; --yes to skip the question).")
    static let yes = OptionSpec("yes", help: "With --reset: do not ask for confirmation.")

    /// Every option of `pipeline quiz`, in the order its help lists them.
    static let specs: [OptionSpec] = [
        bank, topic, tag, count, shuffle, seed, review, answers, format, student, result, exam, perStudent, time, attempts, save, generate,
        pipeline, run, reset, yes, .color,
    ]
}
