/// Label text as Unicode scalars. Labels are compared on their ideographs only: converted
/// reports vary in spaces, half- and full-width punctuation and numbering (`(一)`, `（一）`,
/// `1.`, `1. `), but the characters of the label itself are what the template fixes.
enum LabelText {
    static func isIdeograph(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }

    /// 一 to 十, tested for every character of every label while looking for numbering marks,
    /// so compared directly rather than hashed into a set.
    static func isChineseNumeral(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: true
        default: false
        }
    }

    /// Full-width ASCII forms folded to ASCII, so `（` and `(` compare equal.
    static func folded(_ value: UInt32) -> UInt32 {
        (0xFF01...0xFF5E).contains(value) ? value - 0xFEE0 : value
    }

    /// The ideographs of `text`, in order: the form every label comparison uses.
    static func matchKey(of text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.utf8.count / 3)
        appendMatchKey(of: text, to: &key)
        return key
    }

    /// The same key appended to a buffer the caller reuses, for scans that key every cell.
    static func appendMatchKey(of text: String, to key: inout [UInt32]) {
        UTF8Scalars.forEach(in: text) { value in
            if isIdeograph(value) { key.append(value) }
        }
    }

    /// The key of a cell's text, read in place from the report's text buffer. Every text cell
    /// of every report is keyed, so the ideographs are gathered on the stack (each takes at
    /// least three bytes) and appended at once, not one array append at a time.
    static func appendMatchKey(of bytes: [UInt8], _ range: Range<Int>, to key: inout [UInt32]) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: range.count / 3 + 1) { buffer in
            var count = 0
            UTF8Scalars.forEach(in: bytes, range) { value in
                guard isIdeograph(value) else { return }
                buffer[count] = value
                count += 1
            }
            key.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    static func isWhitespace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0xA0 || value == 0x3000 || value == 0xFEFF
    }

    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// Removes the spaces converters insert inside Chinese labels (`三、本 年度办 理结果`),
    /// keeping one space only where it separates two ASCII words.
    static func cleanedForDisplay(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        appendCleaned(text, to: &scalars)
        return string(scalars)
    }

    /// The same cleaning, appended to a label being joined from several cells; each cell's
    /// leading and trailing whitespace is dropped.
    static func appendCleaned(_ text: String, to scalars: inout [Unicode.Scalar]) {
        text.withUTF8Bytes { appendCleaned($0, to: &scalars) }
    }

    /// The same for a cell's text, read in place from the report's text buffer.
    static func appendCleaned(_ bytes: [UInt8], _ range: Range<Int>, to scalars: inout [Unicode.Scalar]) {
        bytes.withUnsafeBufferPointer { appendCleaned(UnsafeBufferPointer(rebasing: $0[range]), to: &scalars) }
    }

    /// Gathered on the stack first, as the key is: the cleaned text is never longer than its
    /// bytes, since a space is put back only where at least one character was dropped.
    private static func appendCleaned(_ utf8: UnsafeBufferPointer<UInt8>, to scalars: inout [Unicode.Scalar]) {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: utf8.count) { buffer in
            var cleaned = ScalarBuffer(storage: buffer)
            var cleaner = Cleaner()
            UTF8Scalars.forEach(in: utf8) { cleaner.append($0, to: &cleaned) }
            scalars.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<cleaned.count]))
        }
    }

    /// A stack buffer with room for every scalar of the text being cleaned.
    private struct ScalarBuffer {
        let storage: UnsafeMutableBufferPointer<Unicode.Scalar>
        var count = 0

        mutating func append(_ scalar: Unicode.Scalar) {
            storage[count] = scalar
            count += 1
        }
    }

    /// Drops whitespace, and puts one space back between two ASCII words it separated.
    private struct Cleaner {
        var last: UInt32?
        var afterSpace = false

        @inline(__always)
        mutating func append(_ value: UInt32, to scalars: inout ScalarBuffer) {
            guard !isWhitespace(value), let scalar = Unicode.Scalar(value) else {
                afterSpace = true
                return
            }
            if afterSpace, let last, isASCIIAlphanumeric(last), isASCIIAlphanumeric(value) {
                scalars.append(" ")
            }
            scalars.append(scalar)
            last = value
            afterSpace = false
        }
    }

    /// Scalars to a String through UTF-8 bytes written on the stack: appending to a
    /// `UnicodeScalarView` one scalar at a time, or to an Array one byte at a time, costs
    /// several times more, and labels are built for every row of every report.
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                count = write(scalar, to: buffer, at: count)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// The same for scalars whose number is not known ahead, such as a filtered view.
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        string(Array(scalars))
    }

    /// Writes the scalar's UTF-8 bytes at `index` and returns the index after them.
    @inline(__always)
    private static func write(_ scalar: Unicode.Scalar, to bytes: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let value = scalar.value
        switch value {
        case ..<0x80:
            bytes[index] = UInt8(value)
            return index + 1
        case ..<0x800:
            bytes[index] = UInt8(0xC0 | value >> 6)
            bytes[index + 1] = UInt8(0x80 | value & 0x3F)
            return index + 2
        case ..<0x10000:
            bytes[index] = UInt8(0xE0 | value >> 12)
            bytes[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
            bytes[index + 2] = UInt8(0x80 | value & 0x3F)
            return index + 3
        default:
            bytes[index] = UInt8(0xF0 | value >> 18)
            bytes[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
            bytes[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
            bytes[index + 3] = UInt8(0x80 | value & 0x3F)
            return index + 4
        }
    }
}
