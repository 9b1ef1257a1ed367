import Foundation
import PipelineKit

/// `pipeline bench [WORKLOAD]`: measure how run time grows, and fit the growth honestly.
struct BenchCommand: CLICommand {
    /// `--workers N`.
    static let workers = OptionSpec("workers", .value("N"), help: "With parallel: the most workers to try (default: the number of cores).")
    /// `--format text|json|csv|markdown`.
    static let format = OptionSpec.format([.text, .json, .csv, .markdown])
    /// `--svg FILE`.
    static let svg = OptionSpec("svg", .value("FILE"), help: "Also write the log-log chart as an SVG file (one per workload: FILE-steps.svg, …).", completesFiles: true)
    /// `--export DIR`.
    static let export = OptionSpec("export", .value("DIR"), help: "With accuracy: also write each synthetic series as a CSV file into DIR.", completesFiles: true)

    static let spec = CommandSpec(
        name: "bench",
        summary: "Measure how run time grows with steps, models, parameters and workers.",
        usage: ["bench [steps|models|params|parallel|overhead|quadratic] [--quick] [--sizes N,N,...] [--format text|json|csv|markdown] [--svg FILE]",
                "bench fit FILE",
                "bench accuracy [--seed S] [--format text|json] [--export DIR]"],
        discussion: """
        Runs generated pipelines through the real engine at growing sizes, times them on the measuring thread's CPU time, \
        which other processes do not inflate, with wall time beside it (warm-ups discarded, at least 5 repetitions per size, sizes interleaved round by round, fast sizes batched, a size whose \
        repetitions spread far more than the others' measured again), and fits t = a + c·n^k and the classes O(1) … O(n³) \
        on each size's repetitions without those a burst of load slowed (load only adds time), choosing by BIC. The verdict says how doubling n changes \
        the time, with a 95% confidence interval, the class, how often it wins when the repetitions are resampled, and \
        why the runner-up lost; when two classes fit within the noise it names both and the sizes to measure. A debug \
        build says so: its timings are 10–25× a release build's (swift run -c release pipeline bench). \
        'pipeline bench' alone measures steps and models beside the growth tables of lessons 4 and 6. 'bench fit FILE' \
        fits your own timings (CSV n,seconds or a hyperfine JSON export); 'bench accuracy' shows how often the fitter \
        is right on 200 synthetic series of known laws.
        """,
        options: BenchPlanOptions.specs + [workers, format, svg, export, .color],
        subcommands: Word.specs,
        examples: [
            ("bench", "steps and models, side by side with the lessons' growth tables"),
            ("bench --quick", "the same in a few seconds"),
            ("bench quadratic", "what a pipeline that grows as n² looks like"),
            ("bench parallel", "speedup and efficiency with 1, 2, … workers"),
            ("bench steps --format json", "the measurements and fit for tools"),
            ("bench fit timings.csv", "fit your own measurements"),
            ("bench accuracy", "right, wrong and inconclusive verdicts on synthetic series of known laws"),
        ]
    )

    /// The words after `pipeline bench`: a workload to measure, `fit` or `accuracy`.
    enum Word: Subcommand, Equatable {
        case workload(BenchWorkload)
        case fit
        case accuracy

        static var allCases: [Word] { BenchWorkload.allCases.map(Word.workload) + [.fit, .accuracy] }

        init?(rawValue: String) {
            guard let word = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
            self = word
        }

        var rawValue: String {
            switch self {
            case .workload(let workload): workload.rawValue
            case .fit: "fit"
            case .accuracy: "accuracy"
            }
        }

        var usage: SubcommandUsage {
            switch self {
            case .workload(let workload): SubcommandUsage(workload.summary)
            case .fit: SubcommandUsage("Fit timings from a CSV (n,seconds) or hyperfine JSON file.", arguments: 1...1, naming: "a FILE of timings")
            case .accuracy: SubcommandUsage("How often the fitter names the right class on 50 synthetic series.")
            }
        }
    }

    enum Action: Equatable {
        case measure([BenchWorkload])
        case fit(String)
        case accuracy
    }

    var action: Action
    var plan: BenchPlanOptions
    var svg: String?
    var export: String?
    var workers: Int?
    var output: OutputOptions

    init(parsing arguments: ParsedArguments) throws(UsageError) {
        // The parser has checked that fit has its FILE.
        let given = try arguments.subcommand(Word.self)
        let rest = given?.arguments ?? []
        switch given?.word {
        case nil: action = .measure([.steps, .models])
        case .workload(let workload)?: action = .measure([workload])
        case .fit?: action = .fit(rest[0])
        case .accuracy?: action = .accuracy
        }
        plan = try BenchPlanOptions(parsing: arguments)
        if case .measure(let workloads) = action, let sizes = plan.sizes, let text = arguments.value(of: BenchPlanOptions.sizes) {
            for workload in workloads {
                guard let largest = sizes.max(), largest > workload.maximumSize else { continue }
                throw .invalidOptionValue(option: "--sizes", value: text,
                                          allowed: ["sizes up to \(workload.maximumSize) for bench \(workload.rawValue) (\(largest) asked)"])
            }
        }
        svg = arguments.value(of: Self.svg)
        export = arguments.value(of: Self.export)
        if let text = arguments.value(of: Self.workers) {
            guard let count = Int(text), count >= 1 else { throw .invalidOptionValue(option: "--workers", value: text, allowed: ["a whole number of at least 1"]) }
            workers = count
        }
        output = OutputOptions(parsing: arguments, format: Self.format)
    }

    func execute(in terminal: Terminal) -> Int32 {
        switch action {
        case .fit(let file): return BenchFit.run(file, format: output.format, svg: svg, terminal: terminal)
        case .measure(let workloads): return measure(workloads, terminal: terminal)
        case .accuracy: return BenchAccuracy.run(firstSeed: plan.seed, format: output.format, export: export, terminal: terminal)
        }
    }

    /// `chart.svg` → `chart-steps.svg`: one file per workload when several are measured.
    static func svgPath(_ path: String, workload: String) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent, suffix = url.pathExtension.isEmpty ? "svg" : url.pathExtension
        let folder = (path as NSString).deletingLastPathComponent
        let name = "\(stem)-\(workload).\(suffix)"
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }

    private func measure(_ workloads: [BenchWorkload], terminal: Terminal) -> Int32 {
        terminal.interruption.exitsImmediately = false
        defer { terminal.interruption.exitsImmediately = true }
        let session = BenchSession(plan: plan, terminal: terminal)
        var reports: [BenchReport] = []
        var current = workloads.first
        do {
            for workload in workloads {
                current = workload
                if workload == .parallel {
                    let parallel = try session.parallel(maximumWorkers: workers ?? ProcessInfo.processInfo.activeProcessorCount)
                    terminal.out.write(output.format == .json ? parallel.json().rendered() + "\n" : parallel.text(width: terminal.width))
                    return ExitCode.success
                }
                reports.append(try session.measure(workload))
            }
        } catch let error as BenchSession.Interrupted {
            _ = error
            // Keep what finished: the workloads measured in full are still worth reading.
            if !reports.isEmpty { terminal.out.write(BenchOutput.render(reports, format: output.format, quick: plan.quick, terminal: terminal)) }
            let finished = reports.map(\.workload).joined(separator: ", ")
            terminal.err.write("\ninterrupted while measuring \(current?.rawValue ?? "the workload"); "
                               + (reports.isEmpty ? "no workload finished\n" : "shown above: \(finished), measured in full\n"))
            return ExitCode.interrupted
        } catch let error as DiagnosticError {
            terminal.err.write(output.errors(terminal).render(error.diagnostics))
            return ExitCode.failure
        } catch let error as ComplexityFitError {
            terminal.err.write(output.errors(terminal).render(error.diagnostic))
            return ExitCode.failure
        } catch let error as MeasurementError {
            terminal.err.write(output.errors(terminal).render(error.diagnostic))
            return ExitCode.badInput
        } catch {
            terminal.err.write("error: \(error)\n")
            return ExitCode.failure
        }
        if let svg {
            for report in reports {
                let file = reports.count == 1 ? svg : Self.svgPath(svg, workload: report.workload)
                do {
                    try Data(report.svg().utf8).write(to: URL(fileURLWithPath: terminal.path(file)), options: .atomic)
                } catch {
                    terminal.err.write(output.errors(terminal).render(Diagnostic(.error, "cannot write \(file): \(error.systemReason)", hint: "choose a writable path")))
                    return ExitCode.badInput
                }
                if reports.count > 1 { terminal.err.write("wrote \(file)\n") }
            }
        }
        terminal.out.write(BenchOutput.render(reports, format: output.format, quick: plan.quick, terminal: terminal))
        return ExitCode.success
    }
}
