/// RFC 4180 formatting: a field is quoted only when it holds a comma, quote or line break,
/// and quotes inside are doubled. Numbers are never quoted, so every CSV reader types them.
///
/// Rows are written as UTF-8 bytes straight from each field's storage: every report yields
/// dozens of rows, and building a String per row and per joined field list cost more than
/// parsing the report's figures.
struct CSVRow {
    /// Written bytes are `storage[..<length]`; the rest is room already made. Each field is
    /// written through one pointer, so a row of figures pays for one uniqueness and capacity
    /// check per field rather than per byte.
    private var storage: [UInt8]
    private var length = 0
    let protectFormulas: Bool
    private(set) var fieldsInRow = 0

    init(protectFormulas: Bool = false, capacity: Int = 0) {
        self.protectFormulas = protectFormulas
        // Not `init(repeating:count:)`, whose allocation is not specialized (see `LabelKey`).
        storage = Array(repeatElement(0, count: capacity))
    }

    /// A copy of the bytes written so far, to look at; `finishedBytes()` hands them over.
    var bytes: [UInt8] { Array(storage[..<length]) }

    /// The bytes written, without the room made ahead, in the row's own storage: every row of
    /// every report passes here, and `bytes` would copy them once more.
    consuming func finishedBytes() -> [UInt8] {
        storage.removeSubrange(length...)
        return storage
    }

    mutating func field(_ text: String) {
        text.withUTF8Bytes { appendField($0) }
    }

    /// A figure, or an empty field for none. A figure that starts with a digit holds only
    /// digits and a point, which need no quotes and no formula guard, so its bytes are copied
    /// as they are: every report writes a few hundred. Anything else takes `field`.
    mutating func figure(_ value: String?) {
        guard let value else { return appendPlain(UnsafeBufferPointer(start: nil, count: 0)) }
        value.withUTF8Bytes { utf8 in
            if Self.isPlainFigure(utf8) { appendPlain(utf8) } else { appendField(utf8) }
        }
    }

    mutating func fields(_ texts: [String]) {
        for text in texts { field(text) }
    }

    /// The fields another row holds, copied as written: a key every row of a report starts
    /// with is formatted once, not once per row.
    mutating func fields(of other: CSVRow) {
        let separator = fieldsInRow > 0 && other.fieldsInRow > 0
        fieldsInRow += other.fieldsInRow
        other.storage.withUnsafeBufferPointer { written in
            write(separator: separator, UnsafeBufferPointer(rebasing: written[..<other.length]))
        }
    }

    mutating func endRow() {
        write(upTo: 1) { out in
            out.pointee = 0x0A
            return 1
        }
        fieldsInRow = 0
    }

    private static func isPlainFigure(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, GluedRuns.isDigit(first) else { return false }
        return utf8.allSatisfy { GluedRuns.isDigit($0) || $0 == UInt8(ascii: ".") }
    }

    /// A field written as it is, after a comma unless it starts the row.
    private mutating func appendPlain(_ utf8: UnsafeBufferPointer<UInt8>) {
        let separator = fieldsInRow > 0
        fieldsInRow += 1
        write(separator: separator, utf8)
    }

    private mutating func write(separator: Bool, _ utf8: UnsafeBufferPointer<UInt8>) {
        write(upTo: utf8.count + 1) { out in
            var written = 0
            if separator {
                out.pointee = UInt8(ascii: ",")
                written = 1
            }
            // Most fields are figures of a few bytes, for which a call to copy costs more.
            if utf8.count <= 8 {
                for byte in utf8 {
                    out[written] = byte
                    written += 1
                }
                return written
            }
            if let source = utf8.baseAddress { (out + written).update(from: source, count: utf8.count) }
            return written + utf8.count
        }
    }

    private mutating func appendField(_ utf8: UnsafeBufferPointer<UInt8>) {
        let quoted = Self.needsQuoting(utf8)
        let guarded = protectFormulas && Self.isFormula(utf8)
        guard quoted || guarded else { return appendPlain(utf8) }
        let separator = fieldsInRow > 0
        fieldsInRow += 1
        write(upTo: 2 * utf8.count + 4) { out in
            var written = 0
            func put(_ byte: UInt8) {
                out[written] = byte
                written += 1
            }
            if separator { put(UInt8(ascii: ",")) }
            if quoted { put(UInt8(ascii: "\"")) }
            if guarded { put(UInt8(ascii: "'")) }
            for byte in utf8 {
                if quoted, byte == UInt8(ascii: "\"") { put(byte) }
                put(byte)
            }
            if quoted { put(UInt8(ascii: "\"")) }
            return written
        }
    }

    /// Makes room for at most `count` more bytes; `body` writes them from the pointer it is
    /// given and returns how many it wrote.
    private mutating func write(upTo count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if length + count > storage.count { grow(toHold: length + count) }
        let start = length
        length += storage.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { body($0 + start) } ?? 0 }
    }

    private mutating func grow(toHold count: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(count, 2 * storage.count, 64) - storage.count))
    }

    static func line(_ fields: [String], protectFormulas: Bool = false) -> [UInt8] {
        var row = CSVRow(protectFormulas: protectFormulas)
        row.fields(fields)
        row.endRow()
        return row.finishedBytes()
    }

    /// All four bytes are below `-` and a label's ideographs are bytes of 0x80 and above, so
    /// eight bytes at a time are passed when none is below `-` (the word test has no false
    /// negatives); the rest, or a word that may hold one, is looked at byte by byte.
    private static func needsQuoting(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(utf8.baseAddress) {
            while index + 8 <= utf8.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
        }
        return utf8[index...].contains { $0 <= 0x2C && ($0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D) }
    }

    /// A text field a spreadsheet would evaluate (`=HYPERLINK(…)`, `+1`, `-cmd`, `@SUM`) gets a
    /// leading `'`, which spreadsheets show as text. Figures such as `-18` are left alone.
    private static func isFormula(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        switch utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: break
        default: return false
        }
        let bytes = Array(utf8)
        return NumberSpelling.canonical(bytes, 0..<bytes.count) != String(decoding: utf8, as: UTF8.self)
    }

    /// The fields of one line written by `line(_:)`, quotes undone.
    static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(line.unicodeScalars)
        if scalars.last == "\n" { scalars.removeLast() }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted, scalar == "\"", index + 1 < scalars.count, scalars[index + 1] == "\"" {
                field.unicodeScalars.append("\"")
                index += 1
            } else if scalar == "\"" {
                quoted.toggle()
            } else if scalar == ",", !quoted {
                fields.append(field)
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
            index += 1
        }
        fields.append(field)
        return fields
    }
}
