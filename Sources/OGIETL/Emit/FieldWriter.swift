/// Writes CSV fields through a pointer to room a `CSVRow` has made, counting the bytes and the
/// row's fields as it goes. The caller makes room for `room(for:)` bytes per field.
struct FieldWriter {
    let out: UnsafeMutablePointer<UInt8>
    let protectFormulas: Bool
    var fieldsInRow: Int
    private(set) var written = 0

    init(out: UnsafeMutablePointer<UInt8>, protectFormulas: Bool, fieldsInRow: Int) {
        self.out = out
        self.protectFormulas = protectFormulas
        self.fieldsInRow = fieldsInRow
    }

    /// The most a field of `count` bytes can take: a comma, two quotes, a formula guard, and
    /// every byte doubled if all are quotes.
    static func room(for count: Int) -> Int {
        2 * count + 4
    }

    /// A text field, quoted when it holds a comma, quote or line break, and guarded when a
    /// spreadsheet would read it as a formula.
    mutating func field(_ utf8: UnsafeBufferPointer<UInt8>) {
        let quoted = Self.needsQuoting(utf8)
        let guarded = protectFormulas && Self.isFormula(utf8)
        guard quoted || guarded else { return plain(utf8) }
        startField()
        if quoted { put(UInt8(ascii: "\"")) }
        if guarded { put(UInt8(ascii: "'")) }
        for byte in utf8 {
            if quoted, byte == UInt8(ascii: "\"") { put(byte) }
            put(byte)
        }
        if quoted { put(UInt8(ascii: "\"")) }
    }

    /// A figure, or an empty field for none. A packed figure that starts with a digit holds
    /// only digits and a point, which need no quotes and no formula guard, so it is written
    /// straight from its packed form: every report writes a few hundred. Anything else is a
    /// text field.
    mutating func figure(_ value: Figure?) {
        guard let value else { return plain(UnsafeBufferPointer(start: nil, count: 0)) }
        guard value.isPlainNumber else { return value.withSpelling { field($0) } }
        startField()
        written += value.writePacked(to: out + written)
    }

    /// Fields written before, `fields` of them, copied as they are.
    mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>, fields: Int) {
        if fieldsInRow > 0, fields > 0 { put(UInt8(ascii: ",")) }
        fieldsInRow += fields
        append(bytes)
    }

    mutating func endRow() {
        put(0x0A)
        fieldsInRow = 0
    }

    /// A field written as it is, after a comma unless it starts the row.
    private mutating func plain(_ utf8: UnsafeBufferPointer<UInt8>) {
        startField()
        append(utf8)
    }

    private mutating func startField() {
        if fieldsInRow > 0 { put(UInt8(ascii: ",")) }
        fieldsInRow += 1
    }

    private mutating func put(_ byte: UInt8) {
        out[written] = byte
        written += 1
    }

    private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Most fields are figures of a few bytes, for which a call to copy costs more.
        if utf8.count <= 8 {
            for byte in utf8 { put(byte) }
        } else if let source = utf8.baseAddress {
            (out + written).update(from: source, count: utf8.count)
            written += utf8.count
        }
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
}
