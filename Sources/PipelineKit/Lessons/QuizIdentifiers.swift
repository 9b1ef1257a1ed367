/// Bank ids and question ids of the bundled quizzes, for checking what lessons refer to.
public enum QuizIdentifiers {
    public static func bundled() -> Set<String> {
        var ids: Set<String> = []
        for path in EmbeddedContent.paths(under: "quizzes/", withExtension: "json") where !path.hasSuffix(".schema.json") {
            guard let text = EmbeddedContent.text(atPath: path), let root = try? JSONReader.parse(text, file: path) else { continue }
            if let id = root["id"]?.scalar?.text { ids.insert(id) }
            for question in root["questions"]?.items ?? [] {
                if let id = question["id"]?.scalar?.text { ids.insert(id) }
            }
        }
        return ids
    }
}
