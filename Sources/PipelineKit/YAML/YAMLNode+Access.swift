// MARK: - Reading a node tree when decoding definitions, params files and banks

extension YAMLNode {
    /// The scalar, when this node is one.
    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The entries, when this node is a mapping.
    var entries: [YAMLEntry]? {
        if case .mapping(let entries, _) = self { return entries }
        return nil
    }

    /// The items, when this node is a sequence.
    var items: [YAMLNode]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    /// What the node is, in words: `a mapping`, `a list`, `the text "x"`.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): return scalar.isNull ? "an empty value" : "the value \"\(scalar.text)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// The value of `key` in a mapping.
    subscript(key: String) -> YAMLNode? {
        entries?.first { $0.key.text == key }?.value
    }
}
