import Foundation

extension DecodingError {
    /// What is wrong, naming the field by its path in the document (`parameters[0].type`):
    /// Linux's `localizedDescription` says nothing useful.
    var fieldProblem: String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "the top level" : text)
        }
        switch self {
        case .typeMismatch(let type, let context):
            return "field \(path(context.codingPath)) is not a \(type)"
        case .valueNotFound(_, let context):
            return "field \(path(context.codingPath)) has no value"
        case .keyNotFound(let key, let context):
            return "field \(path(context.codingPath + [key])) is missing"
        case .dataCorrupted(let context):
            return "field \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "it is not a valid run record"
        }
    }
}
