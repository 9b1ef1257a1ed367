import Foundation

/// Reads the Markdown subset lessons use: `#`–`###` headings, paragraphs, `-`/`*`/`1.` lists,
/// fenced code, pipe tables, blockquotes (and predictions), and `---` rules.
public enum MarkdownParser {
    /// - Complexity: O(n) in the number of lines.
    public static func parse(_ text: String) -> [MarkdownBlock] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var blocks: [MarkdownBlock] = []
        var index = 0
        func trimmed(_ i: Int) -> String { lines[i].trimmingCharacters(in: .whitespaces) }
        while index < lines.count {
            let line = trimmed(index)
            if line.isEmpty {
                index += 1
            } else if line.hasPrefix("```") {
                let info = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                var body: [String] = []
                index += 1
                while index < lines.count, !trimmed(index).hasPrefix("```") {
                    body.append(lines[index])
                    index += 1
                }
                index += 1
                blocks.append(.code(info: info, text: body.joined(separator: "\n")))
            } else if let level = headingLevel(line) {
                blocks.append(.heading(level: level, text: line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)))
                index += 1
            } else if line == "---" || line == "***" || line == "___" {
                blocks.append(.rule)
                index += 1
            } else if line.hasPrefix("|"), index + 1 < lines.count, isTableSeparator(trimmed(index + 1)) {
                var rows: [String] = [line, trimmed(index + 1)]
                index += 2
                while index < lines.count, trimmed(index).hasPrefix("|") {
                    rows.append(trimmed(index))
                    index += 1
                }
                blocks.append(.table(table(rows)))
            } else if line.hasPrefix(">") {
                var quoted: [String] = []
                while index < lines.count, trimmed(index).hasPrefix(">") {
                    quoted.append(String(trimmed(index).dropFirst()).trimmingCharacters(in: .whitespaces))
                    index += 1
                }
                blocks.append(prediction(quoted).map(MarkdownBlock.prediction) ?? .quote(quoted.joined(separator: "\n")))
            } else if let ordered = listMarker(line)?.ordered {
                var items: [String] = []
                while index < lines.count, !trimmed(index).isEmpty {
                    let current = trimmed(index)
                    if let marker = listMarker(current) {
                        if marker.ordered != ordered { break }
                        items.append(String(current.dropFirst(marker.length)).trimmingCharacters(in: .whitespaces))
                    } else if !items.isEmpty {
                        items[items.count - 1] += " " + current
                    }
                    index += 1
                }
                blocks.append(.list(ordered: ordered, items: items))
            } else {
                var paragraph: [String] = []
                while index < lines.count {
                    let current = trimmed(index)
                    if current.isEmpty || current.hasPrefix("```") || headingLevel(current) != nil || current.hasPrefix(">")
                        || (current.hasPrefix("|") && index + 1 < lines.count && isTableSeparator(trimmed(index + 1)))
                        || (listMarker(current) != nil && !paragraph.isEmpty) {
                        break
                    }
                    paragraph.append(current)
                    index += 1
                }
                blocks.append(.paragraph(paragraph.joined(separator: " ")))
            }
        }
        return blocks
    }

    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    static func listMarker(_ line: String) -> (ordered: Bool, length: Int)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return (false, 2) }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") ") {
            return (true, digits.count + 2)
        }
        return nil
    }

    static func isTableSeparator(_ line: String) -> Bool {
        line.hasPrefix("|") && line.contains("-") && line.allSatisfy { "|-: ".contains($0) }
    }

    static func cells(_ row: String) -> [String] {
        var body = Substring(row)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") && !body.hasSuffix("\\|") { body = body.dropLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in body {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }

    static func table(_ rows: [String]) -> TextTable {
        let header = cells(rows[0])
        let alignments = cells(rows[1]).map { $0.hasSuffix(":") && !$0.hasPrefix(":") ? TextTable.Alignment.right : .left }
        let columns = header.enumerated().map { TextTable.Column(title: $1, alignment: $0 < alignments.count ? alignments[$0] : .left) }
        return TextTable(columns: columns, rows: rows.dropFirst(2).map { cells($0).map { $0.replacingOccurrences(of: "<br>", with: "\n") } })
    }

    /// `**Predict:** question`, `- A) option` lines, `Answer: B`.
    static func prediction(_ lines: [String]) -> Prediction? {
        guard let first = lines.first, first.hasPrefix("**Predict:**") else { return nil }
        var question = String(first.dropFirst("**Predict:**".count)).trimmingCharacters(in: .whitespaces)
        var options: [(key: String, text: String)] = []
        var answer: String?
        for line in lines.dropFirst() {
            if line.hasPrefix("- "), let close = line.firstIndex(of: ")") {
                let key = line[line.index(line.startIndex, offsetBy: 2)..<close].trimmingCharacters(in: .whitespaces)
                options.append((key, String(line[line.index(after: close)...]).trimmingCharacters(in: .whitespaces)))
            } else if line.lowercased().hasPrefix("answer:") {
                answer = String(line.dropFirst("answer:".count)).trimmingCharacters(in: .whitespaces)
            } else if options.isEmpty, !line.isEmpty {
                question += " " + line
            }
        }
        guard let answer, !options.isEmpty else { return nil }
        return Prediction(question: question, options: options, answer: answer)
    }
}
