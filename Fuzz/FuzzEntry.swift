// libFuzzer entry point for every reader of the library. Built by Scripts/fuzz.sh together
// with the PipelineKit sources into one binary; FUZZ_TARGET selects the reader.
import Foundation

private let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "yaml"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: bytes, count: count)
    let here = SourceLocation(file: "fuzz", line: 1, column: 1)
    switch target {
    case "yaml":
        guard let source = try? SourceText.decode(data, file: "fuzz.yaml") else { return 0 }
        _ = try? YAMLReader.parse(source.text, file: "fuzz.yaml")
    case "json":
        _ = try? JSONReader.parse(String(decoding: data, as: UTF8.self), file: "fuzz.json")
    case "definition":
        guard let source = try? SourceText.decode(data, file: "fuzz.yaml") else { return 0 }
        if let definition = try? DefinitionLoader.load(text: source.text, file: "fuzz.yaml") {
            // A definition that loads must also resolve and plan without crashing.
            if let resolution = try? ParameterResolver.resolve(definition, request: ParameterRequest()) {
                _ = RunPlan.make(definition, with: resolution)
            }
        }
    case "template":
        let text = String(decoding: data, as: UTF8.self)
        if let template = try? Template.parse(text, at: here) {
            _ = template.render { _ in "${{ parameters.x }}; rm -rf /" }
            _ = template.renderArguments { _ in "a b 'c" }
        }
        _ = Template.splitArguments(text)
    case "condition":
        let text = String(decoding: data, as: UTF8.self)
        if let condition = try? Condition.parse(text, at: here) {
            _ = try? condition.evaluate { name in name.count % 2 == 0 ? .bool(true) : .float(0.5) }
        }
    case "typed-condition":
        typedCondition(data, at: here)
    case "progress":
        progress(data)
    case "param-value":
        let text = String(decoding: data, as: UTF8.self)
        for type in ParameterType.allCases { _ = try? ValueParser.parse(text, as: type) }
        _ = try? ParameterAssignment.parse(text)
        _ = try? ExampleSessions.assignments(in: text)
    case "params-file":
        guard let source = try? SourceText.decode(data, file: "run.yaml") else { return 0 }
        _ = try? ParamsFile.load(text: source.text, file: "run.yaml")
    case "quiz-bank":
        let text = String(decoding: data, as: UTF8.self)
        let (bank, _) = QuizBankLoader.load(text: text, file: "bank.json")
        if let bank { _ = QuizLinter(lessons: [], pipelines: []).lint([("bank.json", text)]); _ = bank.questions.count }
    case "lesson":
        let text = String(decoding: data, as: UTF8.self)
        if let lesson = try? LessonLoader.load(text: text, file: "lesson.md") {
            let blocks = MarkdownParser.parse(lesson.body)
            _ = TerminalMarkdownRenderer(width: 60, plain: true).render(blocks)
        }
    default:
        fatalError("unknown FUZZ_TARGET \(target)")
    }
    return 0
}

/// A condition over parameters whose types the first four bytes declare (`parameters.a` …
/// `parameters.d`), the rest being the condition. What the load-time type check accepts must
/// evaluate without a type error: conditions are checked at load, never found wrong at run time.
private func typedCondition(_ data: Data, at here: SourceLocation) {
    let bytes = [UInt8](data)
    guard bytes.count > 4 else { return }
    let types = ParameterType.allCases
    var declared: [String: Parameter] = [:]
    var values: [String: ParameterValue] = [:]
    for (offset, name) in ["a", "b", "c", "d"].enumerated() {
        let byte = bytes[offset]
        let type = types[Int(byte) % types.count]
        declared[name] = Parameter(name: name, type: type, location: here)
        switch type {
        case .int: values[name] = .int(Int(byte) - 128)
        case .float: values[name] = .float(Double(byte) / 7)
        case .string, .secret: values[name] = .string("s\(byte % 3)")
        case .path: values[name] = .path("p\(byte % 3)")
        case .bool: values[name] = .bool(byte % 2 == 0)
        case .list: values[name] = .list([.int(Int(byte % 3))])
        case .map: values[name] = .map([ParameterValue.MapEntry(key: "k", value: .int(Int(byte % 3)))])
        }
    }
    let text = String(decoding: bytes.dropFirst(4), as: UTF8.self)
    guard let condition = try? Condition.parse(text, at: here) else { return }
    let errors = condition.typeErrors { declared[$0] }
    guard errors.isEmpty, condition.referencedParameters.allSatisfy({ declared[$0] != nil }) else { return }
    do {
        _ = try condition.evaluate { values[$0] }
    } catch {
        switch error.kind {
        case .notABool, .typeMismatch, .unorderedComparison, .notACondition, .secretCondition, .declaredNotABool:
            fatalError("the type check accepted '\(text)' but evaluating it failed: \(error)")
        default:
            break
        }
    }
}

/// Any `progress.json` content: it loads (or is set aside as corrupt) and takes an answer
/// without a crash, whatever its counts; the saved file reads back.
private func progress(_ data: Data) {
    if let decoded = try? JSONDecoder().decode(QuizProgress.self, from: data) {
        var progress = decoded
        for id in progress.questions.keys.prefix(3) { progress.record(id, correct: true); progress.record(id, correct: false) }
        _ = progress.dueForReview(among: Array(progress.questions.keys))
        _ = progress.answered(Array(progress.questions.keys))
        _ = progress.passed(Array(progress.questions.keys))
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-fuzz-progress-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: folder.appendingPathComponent("progress.json").path, contents: data) else { return }
    let store = ProgressStore(directory: folder)
    if let saved = try? store.update({ $0.record("fuzz-question", correct: true) }) {
        guard let again = try? store.load(), again.progress == saved.progress else {
            fatalError("progress saved after an answer does not read back the same")
        }
    }
}
