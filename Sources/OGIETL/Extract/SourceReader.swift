import Foundation

/// A report's bytes, identified by their hash, and its text ready for the normalizer.
public struct SourceDocument: Sendable {
    public let file: SourceFile
    public let byteCount: Int
    public let sha256: String
    public var reportID: String { String(sha256.prefix(16)) }
    public let encoding: String
    /// Well-formed UTF-8 text (the normalizer relies on it) with any byte-order mark removed,
    /// HTML flattened and Word tables laid out as rows and cells.
    public let text: [UInt8]
    /// Bytes of a character cut off at the end of the file, dropped before decoding.
    public var droppedTail = 0
}

/// Reads and decodes one report. A failure is returned as an `ETLError` for that file only;
/// the pipeline records it and goes on.
public enum SourceReader {
    /// What became of one file: its text, or why there is none.
    public typealias Reading = (document: SourceDocument?, bytes: Int, sha256: String, error: ETLError?)

    public static func read(_ file: SourceFile, maxBytes: Int = .max,
                            tools: PipelineConfig.ToolOptions = .standard) -> Reading {
        read([file], maxBytes: maxBytes, tools: tools).first ?? (nil, 0, "", nil)
    }

    /// Reads several files, one `Reading` each in order. They are loaded first and hashed
    /// together, so that their bytes can share the SHA-256 lanes (`SHA256.hexDigests`).
    public static func read(_ files: [SourceFile], maxBytes: Int = .max,
                            tools: PipelineConfig.ToolOptions = .standard) -> [Reading] {
        read(files[...], maxBytes: maxBytes, tools: tools, byteBudget: .max)
    }

    /// Reads files from the start of `files` until the next would take their bytes past
    /// `byteBudget`, one `Reading` each in order; the first is read whatever its size, so at
    /// least one comes back, and the caller goes on from the next. The pipeline hands a worker
    /// 32 files at a time without knowing their sizes, and this keeps a few web pages of 100 KB
    /// among them from holding more than the budget in memory at once.
    public static func read(_ files: ArraySlice<SourceFile>, maxBytes: Int, tools: PipelineConfig.ToolOptions,
                            byteBudget: Int) -> [Reading] {
        var loaded: [(file: SourceFile, result: Result<[UInt8], LoadFailure>)] = []
        var bytes = 0
        for file in files {
            guard let load = load(file, maxBytes: maxBytes, budget: loaded.isEmpty ? .max : byteBudget - bytes) else { break }
            loaded.append(load)
            bytes += (try? load.result.get())?.count ?? 0
        }
        let hashes = SHA256.hexDigests(loaded.map { (try? $0.result.get()) ?? [] })
        return zip(loaded, hashes).map { load, sha in
            switch load.result {
            case let .failure(failure): (nil, failure.bytes, "", failure.error)
            case let .success(bytes): convert(bytes, file: load.file, sha: sha, maxBytes: maxBytes, tools: tools)
            }
        }
    }

    /// A file that could not be loaded, with the size reported for it.
    private struct LoadFailure: Error {
        let bytes: Int
        let error: ETLError
    }

    /// The file's bytes, with its size and time from `fstat`; nil when it is within the limit
    /// but larger than `budget` allows, to be opened again with the next files (once a load).
    private static func load(_ file: SourceFile, maxBytes: Int, budget: Int) -> (file: SourceFile, result: Result<[UInt8], LoadFailure>)? {
        switch FileContents.contents(atPath: file.absolutePath, admit: { $0.size <= min(maxBytes, budget) }) {
        case let .failure(failure):
            return (file, .failure(LoadFailure(bytes: 0, error: .sourceUnreadable(path: file.relativePath, reason: failure.reason))))
        case let .success(.refused(status)):
            if status.size <= maxBytes { return nil }
            let error = ETLError.sourceTooLarge(path: file.relativePath, bytes: status.size, limit: maxBytes)
            return (file.with(status), .failure(LoadFailure(bytes: status.size, error: error)))
        case let .success(.read(bytes, status)):
            return (file.with(status), .success(bytes))
        }
    }

    private static func convert(_ bytes: [UInt8], file: SourceFile, sha: String, maxBytes: Int,
                                tools: PipelineConfig.ToolOptions) -> Reading {
        if bytes.isEmpty { return (nil, 0, sha, .sourceEmpty(path: file.relativePath)) }
        switch DocumentConverter.text(of: bytes, file: file, tools: tools, maxBytes: maxBytes) {
        case let .failure(error):
            return (nil, bytes.count, sha, error)
        case let .success(decoded):
            let document = SourceDocument(file: file, byteCount: bytes.count, sha256: sha, encoding: decoded.encoding, text: decoded.utf8,
                                          droppedTail: decoded.droppedTail)
            return (document, bytes.count, sha, nil)
        }
    }
}

extension SourceFile {
    /// The file as `fstat` found it when it was read.
    fileprivate func with(_ status: FileContents.Status) -> SourceFile {
        var file = self
        file.size = status.size
        file.modified = status.modified
        return file
    }
}

extension PipelineConfig.ToolOptions {
    /// The repository's pipeline.json values: programs found on PATH, one minute each.
    public static let standard = PipelineConfig.ToolOptions(pdftotext: "pdftotext", libreoffice: "soffice", timeoutSeconds: 60)
}
