import Foundation

extension Curriculum {
    /// Every pipeline runnable by name: the built-in ones, then the course's.
    public var pipelineNames: [String] {
        let builtIn = PipelineSource.allBundledNames
        return builtIn + (course?.pipelines.map(\.name).filter { !builtIn.contains($0) } ?? [])
    }

    /// The course pipeline called `name` (`hw3-tune` or `hw3-tune.yaml`), unless a built-in one has that name.
    func coursePipeline(named name: String) -> Course.Pipeline? {
        guard let course else { return nil }
        let bare = URL(fileURLWithPath: name).pathExtension.isEmpty || name.contains("/") ? name : URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        guard !PipelineSource.allBundledNames.contains(bare) else { return nil }
        return course.pipelines.first { $0.name == bare }
    }

    /// Reads the pipeline a command or a reference names: a file (a path relative to `base`
    /// wins, as a user's own `train-lr` file does), a course pipeline by name, or a built-in one.
    ///
    /// - Parameter base: the folder a relative path resolves against: the current folder for
    ///   a command, the course folder for a reference inside the course.
    /// - Throws: `DiagnosticError` naming what exists when nothing matches.
    public func read(_ reference: String, base: String) throws(DiagnosticError) -> (text: String, file: String, origin: PipelineOrigin) {
        let path = reference.hasPrefix("/") ? reference : base + "/" + reference
        if FileManager.default.fileExists(atPath: path) {
            var read = try PipelineSource.read(path, currentDirectory: "/")
            read.file = shown(reference, base: base)
            return read
        }
        if let pipeline = coursePipeline(named: reference) {
            do {
                let source = try SourceText.load(path: pipeline.path, displayName: pipeline.file)
                return (source.text, pipeline.file, .file(absolutePath: pipeline.path))
            } catch {
                throw DiagnosticError(error.diagnostic)
            }
        }
        if reference.contains("/"), let course, base == course.root {
            throw DiagnosticError(Diagnostic(.error, "no pipeline file '\(shown(reference, base: base))'",
                                             hint: "paths inside a course are relative to the course folder, \(course.name)"))
        }
        guard let course, !reference.contains("/") else { return try PipelineSource.read(reference, currentDirectory: base) }
        let name = reference.hasSuffix(".yaml") ? String(reference.dropLast(5)) : reference
        if PipelineSource.allBundledNames.contains(name) { return try PipelineSource.read(name, currentDirectory: base) }
        let own = course.pipelines.map(\.name)
        let hint = NameSuggester.hint(for: name, in: pipelineNames,
                                      then: (own.isEmpty ? "" : "course pipelines: " + own.joined(separator: ", ") + "; ") + "built-in: " + PipelineSource.allBundledNames.joined(separator: ", "))
        throw DiagnosticError(Diagnostic(.error, "no pipeline file, course pipeline or built-in pipeline named '\(reference)'", hint: hint))
    }

    /// Loads the pipeline `reference` names (see `read`).
    func load(_ reference: String, base: String) throws(DiagnosticError) -> PipelineDefinition {
        let (text, file, origin) = try read(reference, base: base)
        return try EngineFileLoader.load(text: text, file: file, origin: origin).definition
    }

    /// The argument that finds the same pipeline from any folder: its name, or the absolute path of a file.
    public func argument(for reference: String, base: String) -> String {
        let path = reference.hasPrefix("/") ? reference : base + "/" + reference
        return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path).standardizedFileURL.path : reference
    }

    /// A path as messages show it: inside the course, the course folder as typed, then the path.
    private func shown(_ reference: String, base: String) -> String {
        guard let course, !reference.hasPrefix("/"), base == course.root else { return reference }
        return course.name + "/" + reference
    }
}
