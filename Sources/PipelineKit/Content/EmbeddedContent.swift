import Foundation

/// The lessons, quizzes and example pipelines compiled into the binary.
///
/// The `EmbedContent` build plugin generates `files` from the package's `lessons/` and
/// `quizzes/` folders, keyed by path relative to the package root (`lessons/pipelines/train-lr.yaml`).
public enum EmbeddedContent {
    /// Every embedded path, sorted.
    static var paths: [String] { files.keys.sorted() }

    /// The text of one embedded file, or `nil` when no such file was bundled.
    public static func text(atPath path: String) -> String? {
        guard let encoded = files[path], let data = Data(base64Encoded: encoded) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Embedded paths below a folder (`"quizzes/"`) with the given extension (`"json"`).
    public static func paths(under folder: String, withExtension ext: String) -> [String] {
        paths.filter { $0.hasPrefix(folder) && $0.hasSuffix("." + ext) }
    }
}
