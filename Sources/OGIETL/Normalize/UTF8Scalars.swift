/// Unicode scalars read straight from UTF-8 bytes. Label keys and cleaned labels are built for
/// every text cell of every report, and `String.UnicodeScalarView` re-checks at each step what
/// a Swift String already guarantees: that its bytes are well-formed.
enum UTF8Scalars {
    /// Calls `body` with every scalar value of `text`, in order.
    @inline(__always)
    static func forEach(in text: String, _ body: (UInt32) -> Void) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { buffer in
            var index = 0
            while index < buffer.count {
                let (value, width) = wellFormed(buffer, at: index)
                body(value)
                index += width
            }
        }
        if done == nil {
            for scalar in text.unicodeScalars { body(scalar.value) }
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
    /// bytes before `end` hold a well-formed sequence there (no overlong form, no surrogate).
    static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (value: UInt32, width: Int)? {
        let lead = bytes[index]
        let width = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0
        guard width > 0, index + width <= end else { return nil }
        guard width > 1 else { return (UInt32(lead), 1) }
        let second = bytes[index + 1]
        let (low, high): (UInt8, UInt8) = switch lead {
        case 0xE0: (0xA0, 0xBF)
        case 0xED: (0x80, 0x9F)
        case 0xF0: (0x90, 0xBF)
        case 0xF4: (0x80, 0x8F)
        default: (0x80, 0xBF)
        }
        guard second >= low, second <= high,
              bytes[(index + 2)..<(index + width)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return nil }
        var value = UInt32(lead) & (0xFF >> (width + 1))
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, width)
    }

    @inline(__always)
    private static func continuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32 {
        UInt32(bytes[index] & 0x3F)
    }
}
