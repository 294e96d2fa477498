#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers. Reports are scanned as UTF-8 bytes because walking `Character`s is an
/// order of magnitude slower and grapheme clusters buy nothing for tables of digits and CJK.
enum ByteScanning {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let formFeed: UInt8 = 0x0C
    static let space: UInt8 = 0x20
    static let pipe: UInt8 = 0x7C

    /// Splits at LF, CRLF, lone CR and form feed (pdftotext's page break), dropping the breaks;
    /// only the first `end` bytes are looked at. Lines are found as they are asked for, so a
    /// reader that stops at the title never scans the rest.
    struct Lines: Sequence, IteratorProtocol {
        private let bytes: [UInt8]
        private let end: Int
        private var position = 0
        /// Where the next CR and form feed are, `end` when there is none. Most reports have no
        /// CR and a form feed only per page, so each is searched for again only once passed,
        /// and a line costs one `memchr` for its LF instead of a test per byte.
        private var nextCarriageReturn = -1
        private var nextFormFeed = -1

        init(_ bytes: [UInt8], upTo end: Int = .max) {
            self.bytes = bytes
            self.end = Swift.min(end, bytes.count)
        }

        mutating func next() -> Range<Int>? {
            guard position < end else { return nil }
            let start = position
            let lineEnd = bytes.withUnsafeBufferPointer { breakPosition(in: UnsafeBufferPointer(rebasing: $0[..<end]), from: start) }
            guard lineEnd < end else {
                position = end
                return start..<end
            }
            let isCRLF = bytes[lineEnd] == carriageReturn && lineEnd + 1 < end && bytes[lineEnd + 1] == newline
            position = lineEnd + (isCRLF ? 2 : 1)
            return start..<lineEnd
        }

        /// Where the break ending the line at `start` is, or `end`.
        private mutating func breakPosition(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            if nextCarriageReturn < start { nextCarriageReturn = ByteScanning.position(of: carriageReturn, in: bytes, from: start) ?? end }
            if nextFormFeed < start { nextFormFeed = ByteScanning.position(of: formFeed, in: bytes, from: start) ?? end }
            let otherBreak = Swift.min(nextCarriageReturn, nextFormFeed)
            return ByteScanning.position(of: newline, in: UnsafeBufferPointer(rebasing: bytes[..<otherBreak]), from: start) ?? otherBreak
        }
    }

    /// Width in bytes of a whitespace character starting at `index`, or 0. Counts ASCII space
    /// and tab, NBSP (U+00A0), the ideographic space (U+3000) and a stray BOM (U+FEFF), all of
    /// which converted reports scatter around figures.
    /// Generic so that hot loops can pass a buffer pointer and skip the bounds checks.
    @inline(__always)
    static func whitespaceWidth<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int, end: Int) -> Int where Bytes.Index == Int {
        let byte = bytes[index]
        if byte == space || byte == tab { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return 3 }
        return 0
    }

    /// The range with whitespace removed at both ends.
    static func trimmed<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>) -> Range<Int> where Bytes.Index == Int {
        let lower = leadingWhitespaceEnd(bytes, range)
        var upper = range.upperBound
        while lower < upper, let width = trailingWhitespaceWidth(bytes, lower: lower, upper: upper) {
            upper -= width
        }
        return lower..<upper
    }

    /// Where the whitespace at the start of `range` ends.
    static func leadingWhitespaceEnd<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>) -> Int where Bytes.Index == Int {
        var lower = range.lowerBound
        while lower < range.upperBound {
            let width = whitespaceWidth(bytes, at: lower, end: range.upperBound)
            if width == 0 { break }
            lower += width
        }
        return lower
    }

    /// The whitespace character that ends at `upper`, read backwards from its last byte.
    private static func trailingWhitespaceWidth<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, lower: Int, upper: Int) -> Int? where Bytes.Index == Int {
        let last = bytes[upper - 1]
        if last == space || last == tab { return 1 }
        if last == 0xA0 { return upper - 2 >= lower && bytes[upper - 2] == 0xC2 ? 2 : nil }
        guard upper - 3 >= lower, last == 0x80 || last == 0xBF else { return nil }
        return whitespaceWidth(bytes, at: upper - 3, end: upper) == 3 ? 3 : nil
    }

    /// Where `byte` next occurs, found with `memchr`, which reads many bytes at a time.
    static func position(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `byte` occurs in `range` of `bytes`, such as one line of a report.
    static func contains(_ byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { position(of: byte, in: UnsafeBufferPointer(rebasing: $0[range]), from: 0) != nil }
    }

    /// Whether `range` holds an ASCII digit, eight bytes at a time: every cell of a line the
    /// memo has not seen is asked, prose paragraphs of hundreds of bytes among them. A byte is a
    /// digit exactly when, XORed with `0`, it is below ten; the word test for a byte below ten
    /// is exact as a yes or no.
    static func containsDigit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            let raw = UnsafeRawBufferPointer(buffer)
            while index + 8 <= range.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x3030_3030_3030_3030
                if (word &- 0x0A0A_0A0A_0A0A_0A0A) & ~word & 0x8080_8080_8080_8080 != 0 { return true }
                index += 8
            }
            while index < range.upperBound {
                if GluedRuns.isDigit(buffer[index]) { return true }
                index += 1
            }
            return false
        }
    }

    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }

    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Copies `range` of `bytes` through a buffer pointer: an `ArraySlice` would retain and
    /// release the source buffer for every cell copied out of it.
    @inline(__always)
    static func append(_ bytes: [UInt8], _ range: Range<Int>, to output: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether two runs of bytes are the same, with `memcmp`: `Array`'s `==` and
    /// `elementsEqual` compare them one at a time. For the memos' keys.
    static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
        return memcmp(leftBase, rightBase, left.count) == 0
    }

    /// Whether `left` sorts before `right` byte by byte, a prefix first, with `memcmp`: the
    /// generic `lexicographicallyPrecedes` compares a byte at a time through an iterator, and
    /// sorting the listing with it about doubled the sort's time before the first report is read.
    static func precedes(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in
                let shared = min(left.count, right.count)
                guard shared > 0, let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return left.count < right.count }
                let order = memcmp(leftBase, rightBase, shared)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
    }

    /// FNV-1a over eight bytes at a time, then mixed: for the memos, which hash every line and
    /// label they look up, most of them a few dozen bytes. Not for anything an adversary chooses
    /// to collide: the memos compare the bytes as well.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
            index += 8
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
            index += 1
        }
        hash ^= hash >> 32
        hash &*= 0x9E37_79B9_7F4A_7C15
        return hash ^ (hash >> 29)
    }
}
