/// A lesson split at its `##` headings, so a reader can pause between sections.
public struct LessonSection: Equatable, Sendable {
    /// The `##` heading, or nil for what comes before the first one.
    public var title: String?
    public var blocks: [MarkdownBlock]

    public static func split(_ blocks: [MarkdownBlock]) -> [LessonSection] {
        var sections: [LessonSection] = []
        var current = LessonSection(title: nil, blocks: [])
        for block in blocks {
            if case .heading(let level, let text) = block, level <= 2 {
                if !current.blocks.isEmpty { sections.append(current) }
                current = LessonSection(title: text, blocks: [block])
            } else {
                current.blocks.append(block)
            }
        }
        if !current.blocks.isEmpty { sections.append(current) }
        return sections
    }
}
