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
}

/// Reads and decodes one report. A failure is returned as an `ETLError` for that file only;
/// the pipeline records it and goes on.
public enum SourceReader {
    static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func read(_ file: SourceFile) -> (document: SourceDocument?, bytes: Int, sha256: String, error: ETLError?) {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.absolutePath)))
        } catch {
            return (nil, 0, "", .sourceUnreadable(path: file.relativePath, reason: FileReadFailure.reason(path: file.absolutePath, error: error)))
        }
        let sha = SHA256.hexDigest(bytes)
        let hasMark = bytes.starts(with: utf8ByteOrderMark)
        let body = hasMark ? Array(bytes.dropFirst(3)) : bytes
        if let offset = firstInvalidUTF8(body) {
            return (nil, bytes.count, sha, .sourceNotUTF8(path: file.relativePath, byteOffset: offset + (hasMark ? 3 : 0)))
        }
        let text = file.format == .html ? HTMLFlattener.text(of: body) : body
        let document = SourceDocument(file: file, byteCount: bytes.count, sha256: sha,
                                      encoding: hasMark ? "utf-8-bom" : "utf-8", text: text)
        return (document, bytes.count, sha, nil)
    }

    /// Offset of the first byte that is not well-formed UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            guard length > 0, byte <= 0xF4, index + length <= bytes.count else { return index }
            guard validContinuation(bytes, index, length) else { return index }
            index += length
        }
        return nil
    }

    private static func validContinuation(_ bytes: [UInt8], _ index: Int, _ length: Int) -> Bool {
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
        let lead = bytes[index]
        let second = bytes[index + 1]
        if lead == 0xE0, second < 0xA0 { return false }
        if lead == 0xED, second > 0x9F { return false }
        if lead == 0xF0, second < 0x90 { return false }
        if lead == 0xF4, second > 0x8F { return false }
        return true
    }
}
