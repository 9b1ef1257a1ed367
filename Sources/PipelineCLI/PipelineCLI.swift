import PipelineKit
public enum PipelineCLI {
    public static func run(arguments: [String]) -> Int32 {
        print(EmbeddedContent.paths)
        return 0
    }
}
