/// A loader of one kind of JSON document (a question bank, an exercise description) that reads
/// the tree through its `NodeDecoder`: reading the text and collecting the problems is written
/// here once.
protocol JSONDocumentLoader {
    associatedtype Document
    init()
    /// The decoder the loader reads through, holding every problem found.
    var decoder: NodeDecoder { get }
    /// The document read from `root`, or nil when it cannot be used at all.
    mutating func document(_ root: YAMLNode, file: String) -> Document?
}

extension JSONDocumentLoader {
    /// The document and every problem found; no document when the text is not JSON.
    static func read(json text: String, file: String) -> (document: Document?, problems: [Diagnostic]) {
        let root: YAMLNode
        do {
            root = try JSONReader.parse(text, file: file)
        } catch {
            return (nil, [error.diagnostic])
        }
        var loader = Self()
        let document = loader.document(root, file: file)
        return (document, loader.decoder.problems)
    }
}
