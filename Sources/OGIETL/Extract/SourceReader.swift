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

    public static func read(_ file: SourceFile, maxBytes: Int = .max,
                            tools: PipelineConfig.ToolOptions = .standard) -> (document: SourceDocument?, bytes: Int, sha256: String, error: ETLError?) {
        if file.size > maxBytes {
            return (nil, file.size, "", .sourceTooLarge(path: file.relativePath, bytes: file.size, limit: maxBytes))
        }
        let bytes: [UInt8]
        switch FileContents.bytes(atPath: file.absolutePath) {
        case let .success(contents): bytes = contents
        case let .failure(failure): return (nil, 0, "", .sourceUnreadable(path: file.relativePath, reason: failure.reason))
        }
        let sha = SHA256.hexDigest(bytes)
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
