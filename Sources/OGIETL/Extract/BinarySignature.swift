/// Recognises files that are not text whatever their name says: an image, an archive or an
/// Office file saved as `.txt` is common in downloaded collections, and "not decodable at
/// byte 47" would send the operator looking for an encoding problem that is not there.
enum BinarySignature {
    private static let signatures: [(prefix: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive (perhaps a .docx or .xlsx file)"),
        (Array("%PDF-".utf8), "a PDF document"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office document (.doc, .xls or .wps)"),
        ([0x1F, 0x8B], "a gzip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
    ]

    /// How much of the file is searched for a NUL byte, which text in any encoding but UTF-16
    /// never contains.
    static let probeLength = 8192

    /// What the bytes are, or nil when they may be text. UTF-16 with a byte-order mark is text.
    static func kind(of bytes: [UInt8]) -> String? {
        if let match = signatures.first(where: { bytes.starts(with: $0.prefix) }) { return match.kind }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        return containsNUL(bytes) ? "binary data (it contains NUL bytes)" : nil
    }

    /// Found with `memchr`: every text report's first 8 KB pass here.
    private static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            ByteScanning.position(of: 0, in: UnsafeBufferPointer(rebasing: buffer.prefix(probeLength)), from: 0) != nil
        }
    }
}
