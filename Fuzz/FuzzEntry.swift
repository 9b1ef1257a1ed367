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
