import Foundation
import PipelineKit

/// `pipeline bench fit FILE`: fit timings a user measured elsewhere.
enum BenchFit {
    static func run(_ file: String, format: OutputFormat, svg: String?, terminal: Terminal) -> Int32 {
        let path = terminal.path(file)
        let timings: TimingFile
        let report: BenchReport
        do {
            timings = try TimingFileParser.load(path: path)
            report = try BenchReport(workload: file, noun: timings.parameterName, points: timings.points)
        } catch let error as TimingFileError {
            let source = (try? SourceText.load(path: path, displayName: file)).map { [file: $0.text] } ?? [:]
            terminal.err.write(DiagnosticRenderer(sources: source).render(error.diagnostic))
            return ExitCode.badInput
        } catch let error as ComplexityFitError {
            terminal.err.write(DiagnosticRenderer().render(error.diagnostic))
            return ExitCode.badInput
        } catch {
            terminal.err.write("error: \(error)\n")
            return ExitCode.badInput
        }
        if let svg {
            let target = terminal.path(svg)
            do {
                try Data(report.svg().utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
            } catch {
                terminal.err.write(DiagnosticRenderer().render(Diagnostic(
                    .error, "cannot write the chart to '\(svg)': \(error.systemReason)",
                    hint: "choose a folder you can write to, on a device with free space")))
                return ExitCode.failure
            }
        }
        switch format {
        case .json: terminal.out.write(report.json())
        case .csv: terminal.out.write(report.csv())
        case .markdown: terminal.out.write(report.markdown())
        default: terminal.out.write(report.text() + "\n" + report.chart(width: min(terminal.width, 100) - 8))
        }
        return ExitCode.success
    }
}
