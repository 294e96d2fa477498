#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One start or end tag, read just far enough to know its name and its column span.
struct HTMLTag {
    let name: HTMLElementName
    let isClosing: Bool
    let columnSpan: Int
    /// Index just past the closing `>`.
    let end: Int

    static var cell: HTMLElementName { .tableCell }
    static var headerCell: HTMLElementName { .tableHeaderCell }
    static var row: HTMLElementName { .tableRow }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// Scanned through an unsafe buffer: attribute text is most of a Word-exported page, and
    /// every byte of it passes through `closingBracket`.
    static func read(_ bytes: [UInt8], at start: Int) -> HTMLTag? {
        bytes.withUnsafeBufferPointer { read($0, at: start) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> HTMLTag? {
        var cursor = start + 1
        let isClosing = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "/")
        if isClosing { cursor += 1 }
        let nameStart = cursor
        while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart else { return nil }
        let name = HTMLElementName(bytes, nameStart..<cursor)
        guard let close = closingBracket(bytes, from: cursor) else { return nil }
        let span = isClosing || !(name == cell || name == headerCell) ? 1 : columnSpan(bytes, in: cursor..<close)
        return HTMLTag(name: name, isClosing: isClosing, columnSpan: span, end: close + 1)
    }

    /// Letters, digits, `-` and `:`, as bits of two words indexed by the byte: one shift and
    /// test a byte instead of four range tests. `ByteSet` is the general form; its four-way
    /// switch, in the two loops every tag byte passes through, made flattening a page take 20%
    /// more instructions (688M against 574M over 200 pages), so these two sets are written out.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        let lowNameBytes: UInt64 = 0x07FF_2000_0000_0000  // `-`, `0`…`9`, `:`
        let highNameBytes: UInt64 = 0x07FF_FFFE_07FF_FFFE  // `A`…`Z`, `a`…`z`
        guard byte < 0x80 else { return false }
        return ((byte < 0x40 ? lowNameBytes : highNameBytes) >> UInt64(byte & 0x3F)) & 1 != 0
    }

    /// `>`, `"` and `'`, the bytes that end or quote inside a tag, all below 0x40: attribute
    /// names are letters, passed over by one comparison.
    private static func isTagPunctuation(_ byte: UInt8) -> Bool {
        let punctuation: UInt64 = 1 << 0x3E | 1 << 0x22 | 1 << 0x27
        return byte < 0x40 && (punctuation >> UInt64(byte)) & 1 != 0
    }

    /// The `>` ending the tag, skipping any inside quoted attribute values. A Word-exported
    /// page is mostly long `style="…"` values, so the closing quote is found with `memchr`.
    private static func closingBracket(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var cursor = start
        while cursor < bytes.count {
            let byte = bytes[cursor]
            guard isTagPunctuation(byte) else {
                cursor += 1
                continue
            }
            if byte == UInt8(ascii: ">") { return cursor }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = ByteScanning.position(of: byte, in: bytes, from: cursor + 1) else { return nil }
                cursor = close
            }
            cursor += 1
        }
        return nil
    }

    private static let columnSpanKey = Array("colspan".utf8)

    /// Word-exported pages carry long `style` attributes on every cell, so the attribute text
    /// is searched in place, without copying it.
    private static func columnSpan(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
        let key = columnSpanKey
        var position = range.lowerBound
        while position + key.count <= range.upperBound {
            if position + 8 <= range.upperBound, !mayHoldLetterC(bytes, at: position) {
                position += 8
                continue
            }
            if bytes[position] | 0x20 == key[0], (1..<key.count).allSatisfy({ lowercased(bytes[position + $0]) == key[$0] }) {
                return spanValue(bytes, from: position + key.count, to: range.upperBound)
            }
            position += 1
        }
        return 1
    }

    /// Whether any of eight bytes is `c` or `C`, tested at once (the zero-byte test on the
    /// bytes folded to lower case and compared with `c`): most of a cell's attribute text is
    /// a `style` value, passed over eight bytes at a time.
    private static func mayHoldLetterC(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
        let folded = (word | 0x2020_2020_2020_2020) ^ 0x6363_6363_6363_6363
        return (folded &- 0x0101_0101_0101_0101) & ~folded & 0x8080_8080_8080_8080 != 0
    }

    private static func spanValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var cursor = start
        while cursor < end, !(0x30...0x39).contains(bytes[cursor]) { cursor += 1 }
        var value = 0
        while cursor < end, (0x30...0x39).contains(bytes[cursor]), value <= 64 {
            value = value * 10 + Int(bytes[cursor] - 0x30)
            cursor += 1
        }
        return min(max(value, 1), 64)
    }
}
