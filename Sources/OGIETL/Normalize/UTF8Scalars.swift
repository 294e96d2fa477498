/// Unicode scalars read straight from UTF-8 bytes. Label keys and cleaned labels are built for
/// every text cell of every report, and `String.UnicodeScalarView` re-checks at each step what
/// a Swift String already guarantees: that its bytes are well-formed.
enum UTF8Scalars {
    /// Calls `body` with every scalar value of `text`, in order.
    @inline(__always)
    static func forEach(in text: String, _ body: (UInt32) -> Void) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { forEach(in: $0, body) }
        if done == nil {
            for scalar in text.unicodeScalars { body(scalar.value) }
        }
    }

    /// The same for `range` of bytes known to be well-formed: a cell's text in its report's
    /// text buffer.
    @inline(__always)
    static func forEach(in bytes: [UInt8], _ range: Range<Int>, _ body: (UInt32) -> Void) {
        bytes.withUnsafeBufferPointer { forEach(in: UnsafeBufferPointer(rebasing: $0[range]), body) }
    }

    /// The same for well-formed bytes behind a pointer, such as a String's from `withUTF8`.
    @inline(__always)
    static func forEach(in buffer: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        var index = 0
        while index < buffer.count {
            let (value, width) = wellFormed(buffer, at: index)
            body(value)
            index += width
        }
    }

    /// The scalar at `index` of bytes known to be well-formed, and its width.
    @inline(__always)
    private static func wellFormed(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(bytes, index + 1), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | continuation(bytes, index + 1) << 6 | continuation(bytes, index + 2), 3)
        }
        let high = (lead & 0x07) << 18 | continuation(bytes, index + 1) << 12
        return (high | continuation(bytes, index + 2) << 6 | continuation(bytes, index + 3), 4)
    }

    /// The scalar at `index` of bytes that may be malformed, and its width; nil unless the
    /// bytes before `end` hold a well-formed sequence there. The standard library's parser
    /// judges well-formedness (overlong forms, surrogates), as `String(decoding:)` does.
    static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (value: UInt32, width: Int)? {
        // ASCII and the three-byte forms with no excluded second bytes (every lead but E0 and
        // ED), which hold the CJK blocks, are decoded here; the parser takes the rest.
        guard index < end else { return nil }
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if isUnrestrictedThreeByteCharacter(bytes, at: index, end: end) {
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (value, 3)
        }
        var parser = Unicode.UTF8.ForwardParser()
        var input = bytes[index..<end].makeIterator()
        guard case let .valid(encoded) = parser.parseScalar(from: &input) else { return nil }
        return (Unicode.UTF8.decode(encoded).value, encoded.count)
    }

    /// A three-byte form whose lead leaves its second byte unrestricted (every lead but E0 and
    /// ED), which holds every CJK character: well-formed exactly when two continuation bytes
    /// follow, so it is checked without the general parser.
    @inline(__always)
    static func isUnrestrictedThreeByteCharacter<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at index: Int, end: Int
    ) -> Bool where Bytes.Index == Int {
        let lead = bytes[index]
        return lead >= 0xE1 && lead <= 0xEF && lead != 0xED && index + 3 <= end
            && bytes[index + 1] & 0xC0 == 0x80 && bytes[index + 2] & 0xC0 == 0x80
    }

    @inline(__always)
    private static func continuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32 {
        UInt32(bytes[index] & 0x3F)
    }
}
