/// Bank ids and question ids of quizzes, for checking what lessons refer to. Read from the
/// JSON directly, so a bank with other problems still counts as referable.
public enum QuizIdentifiers {
    public static func bundled() -> Set<String> {
        var ids: Set<String> = []
        for path in EmbeddedContent.paths(under: "quizzes/", withExtension: "json") where !path.hasSuffix(".schema.json") {
            ids.formUnion(EmbeddedContent.text(atPath: path).map { self.ids(in: $0, file: path) } ?? [])
        }
        return ids
    }

    /// The bank id and question ids written in one bank file (none when it is not JSON).
    public static func ids(in text: String, file: String) -> Set<String> {
        guard let root = try? JSONReader.parse(text, file: file) else { return [] }
        var ids: Set<String> = []
        if let id = root["id"]?.scalar?.text { ids.insert(id) }
        for question in root["questions"]?.items ?? [] {
            if let id = question["id"]?.scalar?.text { ids.insert(id) }
        }
        return ids
    }
}
