/// Splits one CSV line into trimmed fields, each with the 1-based column where it starts.
///
/// Fields are separated by commas; a field that starts with `"` runs to the matching `"`, with
/// `""` standing for one quote inside it.
enum CSVLine {
    struct Field: Equatable {
        var text: String
        var column: Int
    }

    static func fields(of line: Substring, location: (Int) -> SourceLocation) throws(TimingFileError) -> [Field] {
        let characters = Array(line)
        var fields: [Field] = []
        var index = 0
        while true {
            while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
            let column = index + 1
            var text = ""
            if index < characters.count, characters[index] == "\"" {
                index += 1
                var closed = false
                while index < characters.count {
                    if characters[index] == "\"" {
                        if index + 1 < characters.count, characters[index + 1] == "\"" {
                            text.append("\"")
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    text.append(characters[index])
                    index += 1
                }
                guard closed else { throw TimingFileError(.unterminatedQuote, at: location(column)) }
                while index < characters.count, characters[index] != "," { index += 1 }
            } else {
                while index < characters.count, characters[index] != "," {
                    text.append(characters[index])
                    index += 1
                }
                text = String(text.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            }
            fields.append(Field(text: text, column: column))
            guard index < characters.count else { return fields }
            index += 1
        }
    }
}
