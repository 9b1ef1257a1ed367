import Foundation

/// The folder of run records (`.pipeline/runs/` by default, like MLflow's `mlruns/`): one
/// JSON file per run, written atomically so that concurrent runs and crashes never leave a
/// half-written record.
public struct RunStore: Sendable {
    public let directory: URL

    /// The store a command uses: `--runs-dir`, else `$PIPELINE_RUNS_DIR`, else `.pipeline/runs`.
    public static func resolve(option: String?, environment: [String: String], currentDirectory: String) -> RunStore {
        let chosen = option ?? environment["PIPELINE_RUNS_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? ".pipeline/runs"
        let path = chosen.hasPrefix("/") ? chosen : currentDirectory + "/" + chosen
        return RunStore(directory: URL(fileURLWithPath: path).standardizedFileURL)
    }

    /// A new, unique id: time-ordered, then random, so concurrent processes never collide.
    public static func newID(at date: Date = Date()) -> String {
        let millis = UInt64(date.timeIntervalSince1970 * 1000)
        var random = SystemRandomNumberGenerator()
        let suffix = String(random.next() & 0xFFFFFF, radix: 16)
        return String(millis, radix: 36) + "-" + String(repeating: "0", count: 6 - suffix.count) + suffix
    }

    /// Saves a record: write a temporary file beside it, then rename (atomic on one file system).
    public func save(_ record: RunRecord) throws(StoreError) {
        try write(record, to: directory.appendingPathComponent("\(record.id).json"))
        sweepStaleTemporaries()
    }

    /// Writes a value as pretty JSON into the folder (created when missing), atomically.
    private func write(_ value: some Encodable, to file: URL) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: directory.path, reason: error.systemReason)
        }
        try AtomicFile.write(json: value, to: file)
    }

    // MARK: - The model registry

    /// Where the model registry of the runs in this folder is kept: the platform's state, so a
    /// second run registers v2.
    public var registryFile: URL { directory.appendingPathComponent("registry.json") }

    /// The registry the runs in this folder have built; empty when none has registered a model.
    public func registry() throws(StoreError) -> ModelRegistry {
        guard let data = FileManager.default.contents(atPath: registryFile.path) else { return ModelRegistry() }
        do {
            return try JSONDecoder().decode(ModelRegistry.self, from: data)
        } catch {
            throw .unreadable(path: registryFile.path, reason: "it is not a model registry (\((error as? DecodingError)?.fieldProblem ?? "not JSON"))")
        }
    }

    /// Saves the registry atomically (a concurrent run that registers at the same moment may be
    /// overwritten: the last save wins).
    public func save(registry: ModelRegistry) throws(StoreError) {
        try write(registry, to: registryFile)
    }

    /// Removes temporary files that writers killed mid-write left behind (`.ID.json.PID.UUID.tmp`).
    /// A write takes milliseconds, so a temporary older than `age` belongs to no live writer;
    /// younger ones are left alone, since another process may be about to rename one.
    func sweepStaleTemporaries(olderThan age: TimeInterval = 600, now: Date = Date()) {
        AtomicFile.sweepStaleTemporaries(in: directory, olderThan: age, now: now)
    }

    /// Every readable record, newest first, plus the files that could not be read.
    public func list() -> (records: [RunRecord], unreadable: [(file: String, reason: String)]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return ([], []) }
        var records: [RunRecord] = []
        var unreadable: [(file: String, reason: String)] = []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") && name != registryFile.lastPathComponent {
            switch load(file: directory.appendingPathComponent(name)) {
            case .success(let record): records.append(record)
            case .failure(let error):
                if case .unreadable(_, let reason) = error { unreadable.append((name, reason)) } else { unreadable.append((name, "it cannot be read")) }
            }
        }
        records.sort { ($0.time, $0.id) > ($1.time, $1.id) }
        return (records, unreadable.sorted { $0.file < $1.file })
    }

    /// One record by id, or by a unique prefix of an id.
    public func record(_ id: String) throws(StoreError) -> RunRecord {
        guard Self.isPlainName(id) else { throw .notARunID(id: id) }
        let exact = directory.appendingPathComponent("\(id).json")
        if FileManager.default.fileExists(atPath: exact.path) { return try load(file: exact).get() }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let matches = names.filter { $0.hasPrefix(id) && $0.hasSuffix(".json") && !$0.hasPrefix(".") && $0 != registryFile.lastPathComponent }
        guard matches.count == 1, let only = matches.first else {
            if matches.count > 1 { throw .ambiguous(id: id, matches: matches.map { String($0.dropLast(5)) }) }
            throw .notFound(id: id, directory: directory.path)
        }
        return try load(file: directory.appendingPathComponent(only)).get()
    }

    /// Whether `id` can name a record: not empty, no `/`, no `..`, not hidden, no control
    /// characters. Checked before any path is built from it.
    static func isPlainName(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && !id.contains("/") && !id.contains("..") && id.utf8.count <= 200
            && !id.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    private func load(file: URL) -> Result<RunRecord, StoreError> {
        do {
            _ = try SourceText.regularFileSize(path: file.path, name: file.path)
        } catch {
            return .failure(.unreadable(path: file.path, reason: error.diagnostic.message))
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failure(.unreadable(path: file.path, reason: "it cannot be read"))
        }
        do {
            return .success(try JSONDecoder().decode(RunRecord.self, from: data))
        } catch let error as DecodingError {
            // An unknown status, type or source is named, never replaced by a guess.
            return .failure(.unreadable(path: file.path, reason: "it is not a valid run record: " + error.fieldProblem))
        } catch {
            return .failure(.unreadable(path: file.path, reason: "it is not a valid run record"))
        }
    }
}
