import Foundation
import Testing
@testable import PipelineKit

@Suite struct SourceTextTests {
    @Test func stripsTheByteOrderMark() throws {
        let source = try SourceText.decode(Data([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)), file: "b.yaml")
        #expect(source.text == "a: 1\n")
        #expect(try YAMLReader.parse(source.text, file: "b.yaml")?.entries?.first?.key.location.column == 1)
    }

    @Test func refusesPipesAndDevicesBeforeOpeningThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("params.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A FIFO with no writer: opening it would wait forever; stat refuses it first.
        let error = #expect(throws: SourceTextError.self) { try SourceText.load(path: fifo, displayName: "params.yaml") }
        #expect(error?.diagnostic.message.contains("pipe (FIFO)") == true)
        let device = #expect(throws: SourceTextError.self) { try SourceText.load(path: "/dev/zero") }
        #expect(device?.diagnostic.message.contains("device") == true)
        // The fix fits the kind of file: no advice about paths or permissions that are fine.
        #expect(error?.diagnostic.hint?.description == "save its content to a regular file first, and name that file")
        let inFolder = #expect(throws: SourceTextError.self) { try SourceText.load(path: folder.path, displayName: "lessons") }
        #expect(inFolder?.diagnostic.message == "cannot read 'lessons': it is a folder, not a regular file")
        #expect(inFolder?.diagnostic.hint?.description == "name a file inside it")
    }

    @Test func refusesACharacterOfManyCombiningMarksWithItsPlace() throws {
        // One letter with 40 000 acute accents is one character to every string operation.
        let text = "pipeline:\n  name: ok\n  k" + String(repeating: "\u{301}", count: 40_000) + ": 1\n"
        let error = #expect(throws: SourceTextError.self) { try SourceText.decode(Data(text.utf8), file: "p.yaml") }
        #expect(error == SourceTextError(.characterTooLong(scalars: 40_001, limit: 32), at: SourceLocation(file: "p.yaml", line: 3, column: 3)))
        #expect(error?.diagnostic.message.contains("40000 combining marks") == true)
        // Accented letters, Hangul and long emoji sequences are far below the limit.
        let fine = "name: Zoë 한국어 👨‍👩‍👧‍👦 🏴󠁧󠁢󠁳󠁣󠁴󠁿 e\u{301}\u{302}\u{303}\n"
        #expect(try SourceText.decode(Data(fine.utf8), file: "p.yaml").text == fine)
    }

    @Test func asciiAndOtherLinesAreReadAlike() throws {
        // The reader reads ASCII lines byte by byte: the same tree and columns as the general path.
        let ascii = "a: [x, ${{ env.A }}, y#c]\nb: {k: v, w: z}  # note\n"
        let accented = "a: [é, ${{ env.A }}, y#c]\nb: {k: é, w: z}  # note\n"
        let left = try #require(try YAMLReader.parse(ascii, file: "p.yaml"))
        let right = try #require(try YAMLReader.parse(accented, file: "p.yaml"))
        #expect(left["a"]?.items?.map(\.location) == right["a"]?.items?.map(\.location))
        #expect(left["a"]?.items?.compactMap(\.scalar?.text) == ["x", "${{ env.A }}", "y#c"])
        #expect(right["b"]?.entries?.map(\.value.location) == left["b"]?.entries?.map(\.value.location))
        #expect(YAMLLine.splitLines("a\r\nb\rc\u{0B}d\u{0C}e\n") == ["a", "b", "c", "d", "e", ""])
    }

    @Test func keepsCRLF() throws {
        let source = try SourceText.decode(Data("a: 1\r\nb: 2\r\n".utf8), file: "c.yaml")
        #expect(try YAMLReader.parse(source.text, file: "c.yaml")?["b"]?.scalar?.text == "2")
    }

    @Test func namesTheLineAndColumnOfTheFirstInvalidByte() {
        let bytes = Array("a: 1\nb: é".utf8) + [0xFF] + Array(" x\n".utf8)
        let error = #expect(throws: SourceTextError.self) { try SourceText.decode(Data(bytes), file: "u.yaml") }
        #expect(error == SourceTextError(.invalidUTF8, at: PipelineKit.SourceLocation(file: "u.yaml", line: 2, column: 5)))
        #expect(error?.diagnostic.description == """
            u.yaml:2:5: error: the file is not valid UTF-8: the byte here does not start or continue a character
            """)
    }

    @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func refusesMalformedSequences(_ bad: [UInt8]) {
        #expect(SourceText.firstInvalidByte(in: Array("ok".utf8) + bad) == 2)
    }

    @Test func refusesLargeFiles() {
        let data = Data(count: SourceText.maximumBytes + 1)
        let error = #expect(throws: SourceTextError.self) { try SourceText.decode(data, file: "big.yaml") }
        #expect(error == SourceTextError(.tooLarge(file: "big.yaml", bytes: 5_000_001, limit: 5_000_000), at: nil))
        #expect(error?.diagnostic.message == "'big.yaml' is 5000001 bytes, over the limit of 5000000 bytes")
    }

    @Test func reportsAMissingFile() {
        let error = #expect(throws: SourceTextError.self) {
            try SourceText.load(path: "/nonexistent/\(UUID().uuidString).yaml", displayName: "gone.yaml")
        }
        #expect(error == SourceTextError(.notFound(file: "gone.yaml"), at: nil))
    }

    @Test func loadsAFile() throws {
        let path = NSTemporaryDirectory() + "source-text-\(UUID().uuidString).yaml"
        try Data("x: 1\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SourceText.load(path: path, displayName: "x.yaml") == SourceText(file: "x.yaml", text: "x: 1\n"))
    }
}
