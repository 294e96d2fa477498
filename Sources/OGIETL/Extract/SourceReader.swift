import Foundation

/// A report's bytes, identified by their hash, and its text ready for the normalizer.
public struct SourceDocument: Sendable {
    public let file: SourceFile
    public let byteCount: Int
    public let sha256: String
    public var reportID: String { String(sha256.prefix(16)) }
    public let encoding: String
    /// UTF-8 text with any byte-order mark removed and HTML flattened to rows and cells.
    public let text: [UInt8]
    /// Bytes of a character cut off at the end of the file, dropped before decoding.
    public var droppedTail = 0
}

/// Reads and decodes one report. A failure is returned as an `ETLError` for that file only;
/// the pipeline records it and goes on.
public enum SourceReader {

    public static func read(_ file: SourceFile, maxBytes: Int = .max) -> (document: SourceDocument?, bytes: Int, sha256: String, error: ETLError?) {
        if file.size > maxBytes {
            return (nil, file.size, "", .sourceTooLarge(path: file.relativePath, bytes: file.size, limit: maxBytes))
        }
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.absolutePath)))
        } catch {
            return (nil, 0, "", .sourceUnreadable(path: file.relativePath, reason: FileReadFailure.reason(path: file.absolutePath, error: error)))
        }
        let sha = SHA256.hexDigest(bytes)
        if bytes.isEmpty { return (nil, 0, sha, .sourceEmpty(path: file.relativePath)) }
        if let kind = BinarySignature.kind(of: bytes) { return (nil, bytes.count, sha, .sourceIsBinary(path: file.relativePath, kind: kind)) }
        switch TextDecoder.decode(bytes) {
        case let .failure(failure):
            return (nil, bytes.count, sha, .sourceNotDecodable(path: file.relativePath, byteOffset: failure.offset))
        case let .success(decoded):
            let text = file.format == .html ? HTMLFlattener.text(of: decoded.utf8) : decoded.utf8
            let document = SourceDocument(file: file, byteCount: bytes.count, sha256: sha, encoding: decoded.encoding, text: text,
                                          droppedTail: decoded.droppedTail)
            return (document, bytes.count, sha, nil)
        }
    }
}
