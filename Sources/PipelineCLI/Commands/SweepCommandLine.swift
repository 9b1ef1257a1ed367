import PipelineKit

/// Reads a `pipeline sweep PIPELINE --param NAME=V1,V2 …` line that a learner wrote in an
/// exercise file, for the exercise checker.
enum SweepCommandLine {
    static let read: SweepReader = { text, file in
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
        guard lines.count == 1, let line = lines.first else {
            return ([], ["\(file) should hold one 'pipeline sweep' command line; it has \(lines.count)"])
        }
        let words = line.split(whereSeparator: \.isWhitespace).map { word -> String in
            var text = String(word)
            if text.count >= 2, let first = text.first, first == text.last, first == "'" || first == "\"" { text = String(text.dropFirst().dropLast()) }
            return text
        }
        guard words.count >= 3, words[0] == "pipeline", words[1] == "sweep" else {
            return ([], ["\(file) should start with 'pipeline sweep PIPELINE'"])
        }
        var assignments: [ParameterAssignment] = []
        var problems: [String] = []
        var index = 3
        while index < words.count {
            var value: String?
            if words[index] == "--param", index + 1 < words.count {
                value = words[index + 1]
                index += 2
            } else if words[index].hasPrefix("--param=") {
                value = String(words[index].dropFirst("--param=".count))
                index += 1
            } else {
                problems.append("\(file): '\(words[index])' is not a --param NAME=VALUES; the check reads only --param")
                index += 1
            }
            if let value {
                do { assignments.append(try ParameterAssignment.parse(value)) } catch let error as ParameterError { problems.append(error.diagnostic().message) } catch { problems.append("\(error)") }
            }
        }
        return (assignments, problems)
    }
}
