/// RFC 4180 formatting: a field is quoted only when it holds a comma, quote or line break,
/// and quotes inside are doubled. Numbers are never quoted, so every CSV reader types them.
///
/// Rows are written as UTF-8 bytes straight from each field's storage: every report yields
/// dozens of rows, and building a String per row and per joined field list cost more than
/// parsing the report's figures.
struct CSVRow {
    private(set) var bytes: [UInt8] = []
    let protectFormulas: Bool
    private(set) var fieldsInRow = 0

    init(protectFormulas: Bool = false, capacity: Int = 0) {
        self.protectFormulas = protectFormulas
        bytes.reserveCapacity(capacity)
    }

    mutating func field(_ text: String) {
        if fieldsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
        fieldsInRow += 1
        let prefix: UInt8? = protectFormulas && Self.isFormula(text) ? UInt8(ascii: "'") : nil
        var text = text
        text.withUTF8 { append($0, prefix: prefix) }
    }

    /// A figure, or an empty field for none. A figure that starts with a digit holds only
    /// digits and a point, which need no quotes and no formula guard, so its bytes are copied
    /// as they are read: every report writes a few hundred. Anything else takes `field`.
    mutating func figure(_ value: String?) {
        let start = bytes.count
        if fieldsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
        guard let value else {
            fieldsInRow += 1
            return
        }
        var isPlain = value.utf8.first.map(GluedRuns.isDigit) ?? false
        for byte in value.utf8 where isPlain {
            isPlain = GluedRuns.isDigit(byte) || byte == UInt8(ascii: ".")
            bytes.append(byte)
        }
        guard isPlain else {
            bytes.removeSubrange(start...)
            return field(value)
        }
        fieldsInRow += 1
    }

    private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>, prefix: UInt8?) {
        let quoted = utf8.contains(where: Self.needsQuoting)
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        if let prefix { bytes.append(prefix) }
        guard quoted else {
            bytes.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func fields(_ texts: [String]) {
        for text in texts { field(text) }
    }

    /// The fields another row holds, copied as written: a key every row of a report starts
    /// with is formatted once, not once per row.
    mutating func fields(of other: CSVRow) {
        if fieldsInRow > 0, other.fieldsInRow > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: other.bytes)
        fieldsInRow += other.fieldsInRow
    }

    mutating func endRow() {
        bytes.append(0x0A)
        fieldsInRow = 0
    }

    static func line(_ fields: [String], protectFormulas: Bool = false) -> [UInt8] {
        var row = CSVRow(protectFormulas: protectFormulas)
        row.fields(fields)
        row.endRow()
        return row.bytes
    }

    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D
    }

    /// A text field a spreadsheet would evaluate (`=HYPERLINK(…)`, `+1`, `-cmd`, `@SUM`) gets a
    /// leading `'`, which spreadsheets show as text. Figures such as `-18` are left alone.
    static func isFormula(_ field: String) -> Bool {
        switch field.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: break
        default: return false
        }
        let bytes = Array(field.utf8)
        return NumberSpelling.canonical(bytes, 0..<bytes.count) != field
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
