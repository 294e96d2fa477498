/// Character references: the named ones Chinese government pages use, and numeric ones.
enum HTMLEntity {
    private static let named: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ensp": " ", "emsp": "\u{3000}", "thinsp": " ", "middot": "·", "mdash": "—", "ndash": "–",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "hellip": "…", "times": "×",
    ]

    /// `named` as bytes, in name order: the only form read. A Word-exported page has a
    /// reference every line or two (`&nbsp;`, `&ldquo;`); making a String of each name to look
    /// it up in `named`, and an array of its text, cost several times comparing the bytes.
    private static let namedBytes: [(name: [UInt8], text: [UInt8])] = named.sorted { $0.key < $1.key }
        .map { (Array($0.key.utf8), Array($0.value.utf8)) }

    /// The text of the reference at `start` (its `&`) and the index after its `;`, or nil when
    /// it is not one: no `;` within 12 bytes, an unknown name, or a number that is no scalar.
    static func decode(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
        guard let semicolon = bytes[start..<min(bytes.count, start + 12)].firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let body = (start + 1)..<semicolon
        if let text = namedText(bytes, body) { return (text, semicolon + 1) }
        guard !body.isEmpty, bytes[body.lowerBound] == UInt8(ascii: "#") else { return nil }
        let digits = String(decoding: bytes[(body.lowerBound + 1)..<semicolon], as: UTF8.self)
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (Array(String(scalar).utf8), semicolon + 1)
    }

    private static func namedText(_ bytes: [UInt8], _ body: Range<Int>) -> [UInt8]? {
        for entry in namedBytes where entry.name.count == body.count {
            if ByteScanning.hasPrefix(bytes, entry.name, at: body.lowerBound) { return entry.text }
        }
        return nil
    }
}
