// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pipeline",
    products: [
        .executable(name: "pipeline", targets: ["pipeline"]),
        .library(name: "PipelineKit", targets: ["PipelineKit"]),
    ],
    targets: [
        // All logic: loading definitions, resolving parameters, running steps, quizzes,
        // lessons and benchmarks. It never prints and never exits.
        .target(
            name: "PipelineKit",
            plugins: ["EmbedContent"]
        ),
        // argv → Command, terminal I/O, exit codes.
        .target(name: "PipelineCLI", dependencies: ["PipelineKit"]),
        .executableTarget(name: "pipeline", dependencies: ["PipelineCLI"]),

        // Build-time embedding of lessons/ and quizzes/ so the binary works alone.
        .executableTarget(name: "ContentEmbedder"),
        .plugin(
            name: "EmbedContent",
            capability: .buildTool(),
            dependencies: ["ContentEmbedder"]
        ),

        .testTarget(
            name: "PipelineKitTests",
            dependencies: ["PipelineKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PipelineCLITests",
            dependencies: ["PipelineCLI", "PipelineKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
