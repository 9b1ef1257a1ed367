// The fuzz build compiles the library without the build plugin: no bundled files.
extension EmbeddedContent {
    static let files: [String: String] = [:]
}
