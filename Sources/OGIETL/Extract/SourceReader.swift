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
    /// together, so that on CPUs without the SHA extensions their bytes share the SHA-256
    /// lanes (`SHA256.hexDigests`); the pipeline hands over a few small files at a time.
    public static func read(_ files: [SourceFile], maxBytes: Int = .max,
                            tools: PipelineConfig.ToolOptions = .standard) -> [Reading] {
        let loaded = files.map { load($0, maxBytes: maxBytes) }
        let hashes = SHA256.hexDigests(loaded.map { (try? $0.get()) ?? [] })
        return zip(files, zip(loaded, hashes)).map { file, pair in
            switch pair.0 {
            case let .failure(failure): (nil, failure.bytes, "", failure.error)
            case let .success(bytes): convert(bytes, file: file, sha: pair.1, maxBytes: maxBytes, tools: tools)
            }
        }
    }

    /// A file that could not be loaded, with the size reported for it.
    private struct LoadFailure: Error {
        let bytes: Int
        let error: ETLError
    }

    private static func load(_ file: SourceFile, maxBytes: Int) -> Result<[UInt8], LoadFailure> {
        if file.size > maxBytes {
            return .failure(LoadFailure(bytes: file.size, error: .sourceTooLarge(path: file.relativePath, bytes: file.size, limit: maxBytes)))
        }
        return FileContents.bytes(atPath: file.absolutePath).mapError { failure in
            LoadFailure(bytes: 0, error: .sourceUnreadable(path: file.relativePath, reason: failure.reason))
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

extension PipelineConfig.ToolOptions {
    /// The repository's pipeline.json values: programs found on PATH, one minute each.
    public static let standard = PipelineConfig.ToolOptions(pdftotext: "pdftotext", libreoffice: "soffice", timeoutSeconds: 60)
}
