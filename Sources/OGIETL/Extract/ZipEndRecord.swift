/// The zip end record, looked for the way ZIPFoundation looks for it
/// (`Archive.scanForEndOfCentralDirectoryRecord`): the last `PK 05 06` signature at least 22
/// bytes before the end of the file, and its comment whole within the file.
///
/// ZIPFoundation's in-memory archive leaks its copy of the bytes when that search fails: the
/// memory file it opened is never closed. A truncated download or a web page saved as .docx
/// would then keep its whole size in memory until the run ends, so such files are refused
/// here, before ZIPFoundation sees them, with the message it would have led to.
enum ZipEndRecord {
    static let size = 22
    private static let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]

    static func isPresent(in bytes: [UInt8]) -> Bool {
        guard let offset = lastSignature(in: bytes) else { return false }
        let commentLength = Int(bytes[offset + 20]) | Int(bytes[offset + 21]) << 8
        return offset + size + commentLength <= bytes.count
    }

    /// Searched from the end, as ZIPFoundation does: the first signature found decides, even
    /// when an earlier one would have fitted.
    private static func lastSignature(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= size else { return nil }
        var offset = bytes.count - size
        while offset >= 0 {
            if ByteScanning.hasPrefix(bytes, signature, at: offset) { return offset }
            offset -= 1
        }
        return nil
    }
}
